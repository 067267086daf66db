import path from 'node:path';

export type RenderFormat = 'md' | 'pdf';
export const RENDER_FORMATS: readonly RenderFormat[] = ['md', 'pdf'];

/**
 * Where a rendered document goes: beside the agreement, or in `outDir`, named after the agreement without its
 * `.sla.yaml` / `.sla.yml` / `.yaml` / `.yml` ending: `acme.sla.yaml` → `acme.md`, `acme.pdf`.
 */
export function outputPath(input: string, format: RenderFormat, outDir?: string): string {
  const base = path.basename(input).replace(/(?:\.sla)?\.ya?ml$/i, '') || 'agreement';
  return path.join(outDir ?? path.dirname(input), `${base}.${format}`);
}

/** The paper a locale's readers expect: Letter in the United States and Canada, A4 elsewhere. */
export function defaultPaper(locale: string): 'a4' | 'letter' {
  return /-(US|CA)$/.test(locale) ? 'letter' : 'a4';
}

/** SOURCE_DATE_EPOCH when set (reproducible builds), else midnight UTC of the agreement's effective date. */
export function documentDate(effectiveDate: string, sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d+$/.test(sourceDateEpoch)) throw new RangeError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not \`${sourceDateEpoch}\``);
    return new Date(Number(sourceDateEpoch) * 1000);
  }
  return new Date(`${effectiveDate}T00:00:00Z`);
}
