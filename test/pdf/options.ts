import { readFileSync } from 'node:fs';
import type { PdfOptions } from '../../src/pdf/markdown-to-pdf.js';

export const contractMarkdown = readFileSync(new URL('./fixtures/contract.md', import.meta.url), 'utf8');

export const SOURCE_SHA = '3f1c0a9b8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4938271605f4e3d';
export const TEMPLATE_SHA = '9e8d7c6b5a49382716051f2e3d4c5b6a79889aabbccddeeff00112233445566a';

export function pdfOptions(overrides: Partial<PdfOptions> = {}): PdfOptions {
  return {
    title: 'Support Agreement — Customer Service Assistant',
    author: 'Northwind Automation Ltd',
    subject: 'Support agreement between Northwind Automation Ltd and Łódź Logistics Sp. z o.o.',
    language: 'en-GB',
    paper: 'a4',
    draft: false,
    documentVersion: '1.3',
    creationDate: new Date('2026-03-01T09:00:00Z'),
    sourceSha256: SOURCE_SHA,
    templateSha256: TEMPLATE_SHA,
    ...overrides,
  };
}
