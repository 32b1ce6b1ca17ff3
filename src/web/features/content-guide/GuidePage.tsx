import type { ReactNode } from 'react';
import { ContentNav } from '../../components/ContentNav.js';

/** The frame of the guide's pages: the content tabs above, then the page's own h1 and body. */
export function GuidePage({ children }: { children: ReactNode }) {
  return (
    <section className="samla-page samla-guide">
      <ContentNav />
      {children}
    </section>
  );
}
