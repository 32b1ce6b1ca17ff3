import type { DemoProgress } from '../../src/server/features/demo/demo-generator.js';

/** Prints generation progress on one stderr line: percent, count and rows per second. */
export function progressPrinter(what: string): (p: DemoProgress) => void {
  let last = -1;
  return (p) => {
    const percent = Math.floor((p.children / p.total) * 100);
    if (percent === last && p.children < p.total) return;
    last = percent;
    const rate = p.elapsedMs > 0 ? Math.round((p.rows / p.elapsedMs) * 1000) : 0;
    process.stderr.write(`\r  ${String(percent).padStart(3)} %  ${p.children.toLocaleString('en')} / ${p.total.toLocaleString('en')} ${what}  ${rate.toLocaleString('en')} rows/s   `);
  };
}
