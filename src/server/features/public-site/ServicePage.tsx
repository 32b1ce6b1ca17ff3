import type { ServiceView } from '../../../contracts/catalogue.js';
import { FallbackNotice, Prose, Tags } from './components.js';
import { Layout } from './Layout.js';
import { formatDate, type PageContext } from './page-context.js';

/** One service: who, what, for whom, how to get help, contact. */
export function ServicePage({ ctx, service }: { ctx: PageContext; service: ServiceView }) {
  const { m, urls } = ctx;
  if (!urls) return null;
  // A text not translated is in the main language: say so, and mark it for screen readers' pronunciation.
  const contentLang = ctx.langAttr(service.language);
  const phoneHref = service.phone ? `tel:${service.phone.replace(/\s+/g, '')}` : null;
  return (
    <Layout
      ctx={ctx}
      title={service.name}
      description={service.summary}
      section="services"
      crumbs={[{ label: m.nav.home, href: urls.home }, { label: m.nav.services, href: urls.services }]}
    >
      <article className="pub-article">
        <FallbackNotice ctx={ctx} contentLanguage={ctx.textLang(service.language)} />
        <div className="pub-stack" lang={contentLang}>
          <h1 className="ds-heading" data-size="lg">{service.name}</h1>
          {service.unitName && <p className="ds-paragraph pub-muted">{m.service.unit} {service.unitName}</p>}
          <p className="ds-paragraph pub-lead" data-size="lg">{service.summary}</p>
          <Tags items={[
            m.serviceTypes[service.serviceType],
            m.service.ages(service.ageFrom, service.ageTo),
            service.selfReferral ? m.service.selfReferral : m.service.referralNeeded,
          ]} />
        </div>
        <div className="pub-article__body">
          <div className="pub-article__main" lang={contentLang}>
            <Section title={m.service.whatWeOffer} html={service.whatWeOfferHtml} />
            <Section title={m.service.whoWeAre} html={service.whoWeAreHtml} />
            <section className="pub-section" aria-labelledby="malgruppe">
              <h2 className="ds-heading" data-size="sm" id="malgruppe">{m.service.targetGroup}</h2>
              <Prose html={service.targetGroupHtml} />
              <dl className="pub-facts">
                <dt>{m.service.ageRange}</dt>
                <dd>{m.service.ages(service.ageFrom, service.ageTo)}</dd>
                {service.needs.length > 0 && (
                  <>
                    <dt>{m.service.needs}</dt>
                    <dd lang={ctx.lang}>{service.needs.map((n) => m.needs[n]).join(', ')}</dd>
                  </>
                )}
              </dl>
            </section>
            <Section title={m.service.howToGetHelp} html={service.howToGetHelpHtml} />
          </div>
          <aside className="pub-article__aside" aria-labelledby="kontakt">
            <div className="ds-card pub-contact" data-variant="tinted">
              <h2 className="ds-heading" data-size="xs" id="kontakt">{m.service.contact}</h2>
              {(service.phone || service.email || service.address || service.openingHours) && <dl className="pub-facts pub-facts--stacked">
                {service.phone && phoneHref && (<><dt>{m.service.phone}</dt><dd><a className="ds-link" href={phoneHref}>{service.phone}</a></dd></>)}
                {service.email && (<><dt>{m.service.email}</dt><dd><a className="ds-link" href={`mailto:${service.email}`}>{service.email}</a></dd></>)}
                {service.address && (<><dt>{m.service.address}</dt><dd className="pub-prewrap">{service.address}</dd></>)}
                {service.openingHours && (<><dt>{m.service.openingHours}</dt><dd className="pub-prewrap" lang={contentLang}>{service.openingHours}</dd></>)}
              </dl>}
              {service.links.length > 0 && (
                <>
                  <h3 className="ds-heading" data-size="2xs">{m.service.links}</h3>
                  <ul className="pub-plain-list">
                    {service.links.map((l) => (
                      <li key={l.url}><a className="ds-link" href={safeWebUrl(l.url)} rel="noopener noreferrer">{l.label}</a></li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </aside>
        </div>
        <footer className="pub-article__footer">
          {service.publishedAt && <p className="ds-paragraph pub-muted" data-size="sm">{m.service.updated(formatDate(ctx.lang, service.publishedAt))}</p>}
          <p className="ds-paragraph"><a className="ds-link" href={urls.services}>{m.service.back}</a></p>
        </footer>
      </article>
    </Layout>
  );
}

function Section({ title, html }: { title: string; html: string }) {
  if (!html.trim()) return null;
  return (
    <section className="pub-section">
      <h2 className="ds-heading" data-size="sm">{title}</h2>
      <Prose html={html} />
    </section>
  );
}

/** Links were validated as http(s) when saved; checked again, since a page must never carry javascript:. */
function safeWebUrl(url: string): string {
  return /^https?:\/\//i.test(url.trim()) ? url : '#';
}
