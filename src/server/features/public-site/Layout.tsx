import type { ReactNode } from 'react';
import type { PublicLanguage } from './messages/index.js';
import { externalStatementUrl, type PageContext } from './page-context.js';
import { withLanguage } from './urls.js';

export type Section = 'home' | 'services' | 'guide' | 'documents';
export interface Crumb { label: string; href: string }

interface LayoutProps {
  ctx: PageContext;
  /** the page's own title; the municipality's name is added unless `titleNamesMunicipality` */
  title: string;
  titleNamesMunicipality?: boolean;
  description: string;
  section?: Section;
  /** from the home page down to the page's parent; the page itself is added last */
  crumbs?: Crumb[];
  /** a 404 or other error page: not for search engines, and no address of its own to point to */
  error?: boolean;
  children: ReactNode;
}

export const LANGUAGES: { code: PublicLanguage; name: string }[] = [
  { code: 'nb', name: 'Bokmål' },
  { code: 'nn', name: 'Nynorsk' },
  { code: 'en', name: 'English' },
];


export function Layout({ ctx, title, titleNamesMunicipality, description, section, crumbs, error, children }: LayoutProps) {
  const { m, tenant, urls, lang } = ctx;
  const fullTitle = titleNamesMunicipality ? title : `${title} – ${tenant?.name ?? m.samla}`;
  // The main language's canonical address is the one without `?lang`, whatever the header that
  // fetched it asked for; the others name theirs. x-default: that address, which follows the browser.
  const canonical = (l: PublicLanguage | null) => ctx.origin + withLanguage(ctx.path, {}, l === ctx.mainLanguage ? null : l);
  const statement = externalStatementUrl(tenant) ?? urls?.accessibility ?? null;
  const nav: { key: Section; label: string; href: string }[] = urls
    ? [
        { key: 'services', label: m.nav.services, href: urls.services },
        { key: 'guide', label: m.nav.guide, href: urls.guide },
        { key: 'documents', label: m.nav.documents, href: urls.documents },
      ]
    : [];
  return (
    <html lang={m.htmlLang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        {error ? (
          <meta name="robots" content="noindex" />
        ) : (
          <>
            <link rel="canonical" href={canonical(lang)} />
            {LANGUAGES.map((l) => <link key={l.code} rel="alternate" hrefLang={l.code} href={canonical(l.code)} />)}
            <link rel="alternate" hrefLang="x-default" href={canonical(null)} />
          </>
        )}
        <link rel="stylesheet" href={ctx.cssHref} />
      </head>
      <body>
        <a className="ds-skip-link" href="#main">{m.skipToMain}</a>
        <header className="pub-header">
          <div className="pub-header__top">
            {tenant && urls ? (
              <a className="pub-brand" href={urls.home} aria-current={section === 'home' ? 'page' : undefined}>
                <span className="pub-brand__name">{tenant.name}</span>
              </a>
            ) : (
              <span className="pub-brand"><span className="pub-brand__name">{m.samla}</span></span>
            )}
            <nav className="pub-languages" aria-label={m.languageNav}>
              <ul>
                {LANGUAGES.map((l) => (
                  <li key={l.code}>
                    {/* Always named: the address without one would follow the browser's language. */}
                    <a
                      className="ds-link"
                      href={withLanguage(ctx.path, ctx.query, l.code)}
                      lang={l.code}
                      hrefLang={l.code}
                      aria-current={l.code === lang ? 'true' : undefined}
                    >
                      {l.name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          {nav.length > 0 && (
            <nav className="pub-nav" aria-label={m.mainNav}>
              <ul>
                {nav.map((n) => (
                  <li key={n.key}>
                    <a href={n.href} aria-current={n.key === section ? 'page' : undefined}>{n.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </header>
        <main id="main" className="pub-main" tabIndex={-1}>
          {crumbs && crumbs.length > 0 && <Breadcrumbs label={m.breadcrumbs} crumbs={crumbs} current={title} />}
          {children}
        </main>
        <footer className="pub-footer">
          <div className="pub-footer__inner">
            {tenant && <p className="ds-paragraph pub-footer__name" data-size="md">{tenant.name}</p>}
            {tenant && <p className="ds-paragraph" data-size="sm">{m.footer.about}</p>}
            {statement && (
              <p className="ds-paragraph" data-size="sm">
                <a className="ds-link" href={statement}>{m.footer.accessibility}</a>
              </p>
            )}
            <p className="ds-paragraph pub-muted" data-size="sm">{m.footer.poweredBy}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Designsystemet's breadcrumbs: the whole trail on wide screens, a link to the parent on narrow ones. */
function Breadcrumbs({ label, crumbs, current }: { label: string; crumbs: Crumb[]; current: string }) {
  const parent = crumbs[crumbs.length - 1]!;
  return (
    <nav className="ds-breadcrumbs pub-breadcrumbs" aria-label={label}>
      <a className="ds-link" href={parent.href}>{parent.label}</a>
      <ol>
        {crumbs.map((c) => (
          <li key={c.href}><a className="ds-link" href={c.href}>{c.label}</a></li>
        ))}
        <li><span aria-current="page">{current}</span></li>
      </ol>
    </nav>
  );
}
