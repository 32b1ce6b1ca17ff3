import type { ServiceView } from '../../../contracts/catalogue.js';
import { FallbackNotice, Prose, Tags } from './components.js';
import { Layout } from './Layout.js';
import { catalogueFieldMessages } from './messages/catalogue-fields.js';
import { formatDate, type PageContext } from './page-context.js';
import { audienceText } from './ServicesPage.js';

const telHref = (number: string) => `tel:${number.replace(/[\s-]/g, '')}`;

/** One service: who, what, for whom, how to get help, contact. */
export function ServicePage({ ctx, service }: { ctx: PageContext; service: ServiceView }) {
  const { m, urls } = ctx;
  if (!urls) return null;
  // A text not translated is in the main language: say so, and mark it for screen readers' pronunciation.
  const contentLang = ctx.langAttr(service.language);
  const c = catalogueFieldMessages(ctx.lang);
  // Phone labels and contact persons' roles are written once, in the main text's language.
  const writtenLang = ctx.langAttr('nb');
  const hasContact = service.phones.length > 0 || service.email || service.address || service.openingHours
    || service.contactPersons.length > 0 || service.links.length > 0;
  const im = service.interMunicipal;
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
          {im && (
            <p className="ds-paragraph pub-muted" lang={ctx.lang}>
              {c.interMunicipal}: <span lang={writtenLang}>{im.name}</span>. {c.host(im.hostMunicipalityName, im.hostMunicipalityNumber)}
            </p>
          )}
          <p className="ds-paragraph pub-lead" data-size="lg">{service.summary}</p>
          <Tags items={[
            m.serviceTypes[service.serviceType],
            audienceText(ctx, service),
            service.selfReferral ? m.service.selfReferral : m.service.referralNeeded,
            ...(service.dropIn ? [c.dropInTag] : []),
            ...(service.cost ? [c.costs[service.cost]] : []),
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
                {service.ageFrom !== null && service.ageTo !== null && (
                  <><dt>{m.service.ageRange}</dt><dd lang={ctx.lang}>{m.service.ages(service.ageFrom, service.ageTo)}</dd></>
                )}
                {service.targetGroups.length > 0 && (
                  <><dt>{c.targetGroupsTitle}</dt><dd lang={ctx.lang}>{service.targetGroups.map((g) => c.targetGroups[g]).join(', ')}</dd></>
                )}
                {service.needs.length > 0 && (
                  <>
                    <dt>{m.service.needs}</dt>
                    <dd lang={ctx.lang}>{service.needs.map((n) => m.needs[n]).join(', ')}</dd>
                  </>
                )}
              </dl>
            </section>
            <Section title={m.service.howToGetHelp} html={service.howToGetHelpHtml} />
            <dl className="pub-facts" lang={ctx.lang}>
              {service.referrers.length > 0 && (
                <><dt>{c.referrersTitle}</dt><dd>{service.referrers.map((r) => c.referrers[r]).join(', ')}</dd></>
              )}
              {service.dropIn && (<><dt>{c.dropInTag}</dt><dd>{c.dropInText}</dd></>)}
              {service.cost && (
                <>
                  <dt>{c.cost}</dt>
                  <dd>{c.costs[service.cost]}{service.costText && <span className="pub-prewrap" lang={contentLang ?? ctx.lang}>{`: ${service.costText}`}</span>}</dd>
                </>
              )}
            </dl>
          </div>
          {/* No contact details at all: no «Kontakt» box with an empty heading. */}
          {hasContact && (
            <aside className="pub-article__aside" aria-labelledby="kontakt">
              <div className="ds-card pub-contact" data-variant="tinted">
                <h2 className="ds-heading" data-size="xs" id="kontakt">{m.service.contact}</h2>
                {(service.phones.length > 0 || service.email || service.address || service.openingHours) && <dl className="pub-facts pub-facts--stacked">
                  {service.phones.length > 0 && (
                    <>
                      <dt>{c.phones}</dt>
                      {service.phones.map((p) => (
                        <dd key={p.number}>
                          {p.label && <span lang={writtenLang}>{p.label}: </span>}
                          <a className="ds-link" href={telHref(p.number)}>{p.number}</a>
                        </dd>
                      ))}
                    </>
                  )}
                  {service.email && (<><dt>{m.service.email}</dt><dd><a className="ds-link" href={`mailto:${service.email}`}>{service.email}</a></dd></>)}
                  {service.address && (<><dt>{m.service.address}</dt><dd className="pub-prewrap">{service.address}</dd></>)}
                  {service.openingHours && (<><dt>{m.service.openingHours}</dt><dd className="pub-prewrap" lang={contentLang}>{service.openingHours}</dd></>)}
                </dl>}
                {service.contactPersons.length > 0 && (
                  <>
                    <h3 className="ds-heading" data-size="2xs">{c.contactPersons}</h3>
                    <ul className="pub-plain-list">
                      {service.contactPersons.map((p) => (
                        <li key={`${p.name}-${p.role}`}>
                          <strong>{p.name}</strong>{p.role && <span lang={writtenLang}>{`, ${p.role}`}</span>}
                          {p.phone && <><br /><a className="ds-link" href={telHref(p.phone)}>{p.phone}</a></>}
                          {p.email && <><br /><a className="ds-link" href={`mailto:${p.email}`}>{p.email}</a></>}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
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
          )}
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
