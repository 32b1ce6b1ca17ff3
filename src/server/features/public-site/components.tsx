import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import type { ContentLanguage } from '../../../contracts/content.js';
import type { PageContext } from './page-context.js';

/** A whole page as HTML. Static markup: no React ids or hydration hints, since no script ever runs. */
export function renderPage(page: ReactElement): string {
  return `<!doctype html>${renderToStaticMarkup(page)}`;
}

/**
 * Authored text, already rendered from markdown and sanitised by the feature that owns it
 * (platform/text/markdown.ts). `contentLang` marks a main-language fallback inside a page in another language.
 */
export function Prose({ html, contentLang }: { html: string; contentLang?: string }) {
  if (!html.trim()) return null;
  return <div className="pub-prose" lang={contentLang} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Said once at the top of a text shown in the main language because it is not translated into the page's language. */
export function FallbackNotice({ ctx, contentLanguage }: { ctx: PageContext; contentLanguage: ContentLanguage }) {
  if (contentLanguage === ctx.lang) return null;
  return (
    <div className="ds-alert pub-alert" data-color="info">
      <p className="ds-paragraph" data-size="sm">{ctx.m.notTranslated(contentLanguage)}</p>
    </div>
  );
}

export function Tags({ items, label }: { items: ReactNode[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="pub-tags" aria-label={label}>
      {items.map((item, i) => <li key={i} className="ds-tag" data-color="neutral">{item}</li>)}
    </ul>
  );
}

/** Page links with the current page marked; a long run is cut with an ellipsis around the current page. */
export function Pagination({ ctx, page, pages, href }: { ctx: PageContext; page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const { m } = ctx;
  const shown = pageNumbers(page, pages);
  return (
    <nav className="ds-pagination pub-pagination" aria-label={m.pagination.label}>
      <ul>
        <li>
          {page > 1
            ? <a className="ds-button" data-variant="tertiary" href={href(page - 1)} aria-label={m.pagination.previousLabel}>{m.pagination.previous}</a>
            : <span className="ds-button" data-variant="tertiary" aria-hidden="true">{m.pagination.previous}</span>}
        </li>
        {shown.map((n, i) => (
          <li key={n ?? `gap-${i}`}>
            {n === null ? null : (
              <a className="ds-button" data-variant="tertiary" href={href(n)} aria-label={m.pagination.page(n)} aria-current={n === page ? 'page' : undefined}>{n}</a>
            )}
          </li>
        ))}
        <li>
          {page < pages
            ? <a className="ds-button" data-variant="tertiary" href={href(page + 1)} aria-label={m.pagination.nextLabel}>{m.pagination.next}</a>
            : <span className="ds-button" data-variant="tertiary" aria-hidden="true">{m.pagination.next}</span>}
        </li>
      </ul>
    </nav>
  );
}

/** 1 … 4 5 6 … 20: at most seven places; null is a gap. */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  const start = Math.max(2, Math.min(page - 1, pages - 4));
  const end = Math.min(pages - 1, Math.max(page + 1, 5));
  const middle = Array.from({ length: end - start + 1 }, (_, i) => start + i);
  return [1, ...(start > 2 ? [null] : []), ...middle, ...(end < pages - 1 ? [null] : []), pages];
}

/** «PDF», «Word» … for a download link; null when there is no file. */
export function fileLabel(ctx: PageContext, fileType: string | null | undefined): string | null {
  if (!fileType) return null;
  const t = ctx.m.fileTypes;
  return fileType === 'application/pdf' ? t.pdf : fileType.includes('wordprocessingml') ? t.docx : fileType.includes('opendocument') ? t.odt : t.other;
}
