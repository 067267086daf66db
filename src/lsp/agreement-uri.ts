/** Which documents the server lints: agreement files, by name, whatever language id the client gave them. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const AGREEMENT_NAME = /\.sla\.ya?ml$/i;

/** True for `*.sla.yaml` and `*.sla.yml` documents (any scheme: an unsaved buffer may carry the name too). */
export function isAgreementUri(uri: string): boolean {
  const withoutQuery = uri.replace(/[?#].*$/, '');
  return AGREEMENT_NAME.test(decodeURIComponent(withoutQuery));
}

/** The file path of a `file:` URI, or undefined for other schemes (untitled buffers, virtual files). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}
