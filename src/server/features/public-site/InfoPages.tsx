import { Layout } from './Layout.js';
import { externalStatementUrl, type PageContext, type PublicTenant } from './page-context.js';

/** The municipality's page: the three ways in. */
export function HomePage({ ctx, tenant }: { ctx: PageContext; tenant: PublicTenant }) {
  const { m, urls } = ctx;
  if (!urls) return null;
  const cards = [
    { ...m.home.services, href: urls.services },
    { ...m.home.guide, href: urls.guide },
    { ...m.home.documents, href: urls.documents },
  ];
  return (
    <Layout ctx={ctx} title={m.home.title(tenant.name)} titleNamesMunicipality description={m.home.description(tenant.name)} section="home">
      <div className="pub-stack">
        <h1 className="ds-heading" data-size="lg">{m.home.title(tenant.name)}</h1>
        <p className="ds-paragraph pub-lead" data-size="lg">{m.home.intro}</p>
        <ul className="pub-entry-grid">
          {cards.map((c) => (
            <li key={c.href}>
              <a className="ds-card pub-entry" data-variant="tinted" href={c.href}>
                <h2 className="ds-heading" data-size="sm">{c.title}</h2>
                <p className="ds-paragraph" data-size="md">{c.text}</p>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </Layout>
  );
}

/** Shown when the municipality has registered no statement of its own (or to point to it). */
export function AccessibilityPage({ ctx, tenant }: { ctx: PageContext; tenant: PublicTenant }) {
  const { m } = ctx;
  const external = externalStatementUrl(tenant);
  return (
    <Layout ctx={ctx} title={m.accessibility.title} description={m.accessibility.aim} crumbs={[{ label: m.nav.home, href: ctx.urls!.home }]}>
      <div className="pub-stack pub-narrow">
        <h1 className="ds-heading" data-size="lg">{m.accessibility.title}</h1>
        {external ? (
          <>
            <p className="ds-paragraph">{m.accessibility.registered(tenant.name)}</p>
            <p className="ds-paragraph"><a className="ds-link" href={external}>{m.accessibility.link}</a></p>
          </>
        ) : (
          <p className="ds-paragraph">{m.accessibility.none(tenant.name)}</p>
        )}
        <p className="ds-paragraph">{m.accessibility.aim}</p>
        <p className="ds-paragraph">{m.accessibility.contact}</p>
      </div>
    </Layout>
  );
}

/** The same page for an unknown municipality, service, step, document or address. */
export function NotFoundPage({ ctx }: { ctx: PageContext }) {
  const { m, urls } = ctx;
  return (
    <Layout ctx={ctx} title={m.notFound.title} description={m.notFound.text} error>
      <div className="pub-stack pub-narrow">
        <h1 className="ds-heading" data-size="lg">{m.notFound.title}</h1>
        <p className="ds-paragraph">{m.notFound.text}</p>
        {urls && <p className="ds-paragraph"><a className="ds-link" href={urls.home}>{m.notFound.home}</a></p>}
      </div>
    </Layout>
  );
}

export type ErrorKind = 'badRequest' | 'methodNotAllowed' | 'failed';

export function ErrorPage({ ctx, kind }: { ctx: PageContext; kind: ErrorKind }) {
  const { m, urls } = ctx;
  const title = kind === 'failed' ? m.error.title : m.error.badRequestTitle;
  const text = kind === 'failed' ? m.error.text : kind === 'methodNotAllowed' ? m.error.methodNotAllowedText : m.error.badRequestText;
  return (
    <Layout ctx={ctx} title={title} description={text} error>
      <div className="pub-stack pub-narrow">
        <h1 className="ds-heading" data-size="lg">{title}</h1>
        <p className="ds-paragraph">{text}</p>
        {urls && <p className="ds-paragraph"><a className="ds-link" href={urls.home}>{m.notFound.home}</a></p>}
      </div>
    </Layout>
  );
}
