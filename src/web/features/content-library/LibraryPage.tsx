import './content-library.css';
import type { ReactNode } from 'react';
import { ContentNav } from '../../components/ContentNav.js';

/** The frame of the library's pages: the content tabs above, then the page's own h1 and body. */
export function LibraryPage({ children }: { children: ReactNode }) {
  return (
    <section className="samla-page samla-library">
      <ContentNav />
      {children}
    </section>
  );
}
