import { execFileSync } from 'node:child_process';

/** The text of a PDF, read back with poppler's pdftotext (Debian poppler-utils; .ci/run installs it). */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
}
