import type { ReactNode } from 'react';

/**
 * A wide data table at phone width (WCAG 1.4.10 allows two-dimensional scrolling for data tables): the table scrolls
 * inside this region, not the page. The region is focusable, so a keyboard can scroll it, and named, so a screen
 * reader says what it holds.
 */
export function TableScroll({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ReactNode }) {
  return (
    <div className="samla-table-scroll" tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
