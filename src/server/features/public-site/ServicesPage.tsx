import { serviceNeeds, serviceTypes, type CatalogueResult, type ServiceListItem } from '../../../contracts/catalogue.js';
import { MAX_SERVICE_AGE, referrers, targetGroups } from '../../../contracts/catalogue-fields.js';
import { Pagination, Tags } from './components.js';
import { Layout } from './Layout.js';
import { catalogueFieldMessages } from './messages/catalogue-fields.js';
import type { PageContext, PublicTenant } from './page-context.js';
import { isFiltered, searchParams, type ServiceSearchForm } from './service-search.js';

const AGES = Array.from({ length: MAX_SERVICE_AGE + 1 }, (_, i) => i);

/** Ages, or the target groups when the service has no age range. */
export function audienceText(ctx: PageContext, s: Pick<ServiceListItem, 'ageFrom' | 'ageTo' | 'targetGroups'>): string {
  if (s.ageFrom !== null && s.ageTo !== null) return ctx.m.service.ages(s.ageFrom, s.ageTo);
  const c = catalogueFieldMessages(ctx.lang);
  return s.targetGroups.map((g) => c.targetGroups[g]).join(', ');
}

/** The catalogue: a GET form (works without script), the count, the results as cards, pages. */
export function ServicesPage({ ctx, tenant, form, result }: { ctx: PageContext; tenant: PublicTenant; form: ServiceSearchForm; result: CatalogueResult }) {
  const { m, urls } = ctx;
  if (!urls) return null;
  const base = urls.services.split('?')[0]!;
  const filtered = isFiltered(form);
  const c = catalogueFieldMessages(ctx.lang);
  const title = m.search.title;
  return (
    <Layout ctx={ctx} title={title} description={m.search.description(tenant.name)} section="services" crumbs={[{ label: m.nav.home, href: urls.home }]}>
      <div className="pub-stack">
        <h1 className="ds-heading" data-size="lg">{title}</h1>
        <p className="ds-paragraph pub-lead" data-size="lg">{m.search.intro}</p>
        {filtered && <p className="ds-paragraph pub-jump"><a className="ds-link" href="#resultater">{m.search.jumpToResults(result.total)}</a></p>}
      </div>
      <div className="pub-search">
        <form className="pub-search__form" method="get" action={base} role="search" aria-label={m.search.formLabel}>
          {(ctx.lang !== ctx.mainLanguage || ctx.languageInAddress) && <input type="hidden" name="lang" value={ctx.lang} />}
          <div className="ds-field">
            <label className="ds-label" htmlFor="sok-q">{m.search.q}</label>
            <div data-field="description" id="sok-q-hjelp">{m.search.qHelp}</div>
            {/* A GET form: what is typed ends up in the address, the browser's history and server logs. */}
            <div data-field="description" id="sok-q-navn">{m.search.qPrivacy}</div>
            <input className="ds-input" type="search" id="sok-q" name="q" defaultValue={form.q} maxLength={200} aria-describedby="sok-q-hjelp sok-q-navn" />
          </div>
          <div className="ds-field">
            <label className="ds-label" htmlFor="sok-alder">{m.search.age}</label>
            <select className="ds-input" id="sok-alder" name="alder" defaultValue={form.age === null ? '' : String(form.age)}
              aria-invalid={form.problems.age || undefined} aria-describedby={form.problems.age ? 'sok-alder-feil' : undefined}>
              <option value="">{m.search.anyAge}</option>
              {AGES.map((a) => <option key={a} value={String(a)}>{m.search.ageOption(a)}</option>)}
            </select>
            {form.problems.age && <p className="ds-validation-message" data-field="validation" id="sok-alder-feil">{c.ageInvalid}</p>}
          </div>
          <div className="ds-field">
            <label className="ds-label" htmlFor="sok-type">{m.search.type}</label>
            <select className="ds-input" id="sok-type" name="type" defaultValue={form.type ?? ''}
              aria-invalid={form.problems.type || undefined} aria-describedby={form.problems.type ? 'sok-type-feil' : undefined}>
              <option value="">{m.search.anyType}</option>
              {serviceTypes.map((t) => <option key={t} value={t}>{m.serviceTypes[t]}</option>)}
            </select>
            {form.problems.type && <p className="ds-validation-message" data-field="validation" id="sok-type-feil">{m.search.typeInvalid}</p>}
          </div>
          <fieldset className="ds-fieldset pub-needs" aria-describedby={form.problems.needs ? 'sok-behov-hjelp sok-behov-feil' : 'sok-behov-hjelp'}>
            <legend className="ds-label">{m.search.needs}</legend>
            <p className="ds-paragraph" data-field="description" data-size="sm" id="sok-behov-hjelp">{m.search.needsHelp}</p>
            <div className="pub-needs__list">
              {serviceNeeds.map((n) => (
                <div className="ds-field" key={n}>
                  <input className="ds-input" type="checkbox" id={`sok-behov-${n}`} name="behov" value={n} defaultChecked={form.needs.includes(n)} />
                  <label className="ds-label" htmlFor={`sok-behov-${n}`}>{m.needs[n]}</label>
                </div>
              ))}
            </div>
            {form.problems.needs && <p className="ds-validation-message" data-field="validation" id="sok-behov-feil">{m.search.needsInvalid}</p>}
          </fieldset>
          <CodeFieldset id="sok-gruppe" name="gruppe" legend={c.targetGroupsLegend} help={c.targetGroupsHelp}
            problem={form.problems.targetGroups ? c.targetGroupsInvalid : null}
            options={targetGroups.map((g) => ({ value: g, label: c.targetGroups[g], checked: form.targetGroups.includes(g) }))} />
          <CodeFieldset id="sok-henviser" name="henviser" legend={c.referrersLegend} help={c.referrersHelp}
            problem={form.problems.referrers ? c.referrersInvalid : null}
            options={referrers.map((r) => ({ value: r, label: c.referrers[r], checked: form.referrers.includes(r) }))} />
          <fieldset className="ds-fieldset pub-needs">
            <legend className="ds-label">{c.moreFilters}</legend>
            <div className="pub-needs__list">
              <div className="ds-field">
                <input className="ds-input" type="checkbox" id="sok-gratis" name="gratis" value="1" defaultChecked={form.free} />
                <label className="ds-label" htmlFor="sok-gratis">{c.free}</label>
              </div>
              <div className="ds-field">
                <input className="ds-input" type="checkbox" id="sok-dropin" name="dropin" value="1" defaultChecked={form.dropIn} />
                <label className="ds-label" htmlFor="sok-dropin">{c.dropIn}</label>
              </div>
            </div>
          </fieldset>
          <div className="pub-actions">
            <button className="ds-button" data-variant="primary" type="submit">{m.search.submit}</button>
            {filtered && <a className="ds-link" href={urls.services}>{m.search.reset}</a>}
          </div>
        </form>
        <section className="pub-search__results" aria-labelledby="resultater">
          <h2 className="ds-heading" data-size="sm" id="resultater">{m.search.count(result.total)}</h2>
          {result.pages > 1 && <p className="ds-paragraph pub-muted" data-size="sm">{m.search.pageOf(result.page, result.pages)}</p>}
          {result.items.length === 0 && result.total > 0 ? (
            <div className="ds-alert pub-alert" data-color="info">
              <p className="ds-paragraph">{m.search.pageOutOfRange}</p>
              <p className="ds-paragraph"><a className="ds-link" href={urls.to(base, searchParams(form, 1))}>{m.search.firstPage}</a></p>
            </div>
          ) : result.items.length === 0 ? (
            <div className="ds-alert pub-alert" data-color="info">
              <h3 className="ds-heading" data-size="2xs">{filtered ? m.search.emptyTitle : m.search.noServices}</h3>
              {filtered && <p className="ds-paragraph">{m.search.emptyText}</p>}
            </div>
          ) : (
            <ul className="pub-results">
              {result.items.map((s) => <li key={s.id}><ServiceCard ctx={ctx} service={s} /></li>)}
            </ul>
          )}
          <Pagination ctx={ctx} page={result.page} pages={result.pages} href={(p) => urls.to(base, searchParams(form, p))} />
        </section>
      </div>
    </Layout>
  );
}

/** Checkboxes of one code list, sent as a repeated GET parameter. */
function CodeFieldset(props: {
  id: string; name: string; legend: string; help: string; problem: string | null;
  options: { value: string; label: string; checked: boolean }[];
}) {
  const describedBy = props.problem ? `${props.id}-hjelp ${props.id}-feil` : `${props.id}-hjelp`;
  return (
    <fieldset className="ds-fieldset pub-needs" aria-describedby={describedBy}>
      <legend className="ds-label">{props.legend}</legend>
      <p className="ds-paragraph" data-field="description" data-size="sm" id={`${props.id}-hjelp`}>{props.help}</p>
      <div className="pub-needs__list">
        {props.options.map((o) => (
          <div className="ds-field" key={o.value}>
            <input className="ds-input" type="checkbox" id={`${props.id}-${o.value}`} name={props.name} value={o.value} defaultChecked={o.checked} />
            <label className="ds-label" htmlFor={`${props.id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
      {props.problem && <p className="ds-validation-message" data-field="validation" id={`${props.id}-feil`}>{props.problem}</p>}
    </fieldset>
  );
}

function ServiceCard({ ctx, service }: { ctx: PageContext; service: ServiceListItem }) {
  const { m, urls } = ctx;
  const c = catalogueFieldMessages(ctx.lang);
  // Name and summary not translated are in the main language: marked, so a screen reader pronounces them as such.
  const contentLang = ctx.langAttr(service.language);
  return (
    <article className="ds-card pub-card">
      <h3 className="ds-heading" data-size="xs" lang={contentLang}><a className="ds-link" href={urls!.service(service.slug)}>{service.name}</a></h3>
      {(service.unitName || service.interMunicipalName) && (
        <p className="ds-paragraph pub-muted" data-size="sm">{service.unitName ?? service.interMunicipalName}</p>
      )}
      <p className="ds-paragraph" data-size="md" lang={contentLang}>{service.summary}</p>
      <Tags items={[
        m.serviceTypes[service.serviceType],
        audienceText(ctx, service),
        ...(service.selfReferral ? [m.service.selfReferral] : []),
        ...(service.dropIn ? [c.dropInTag] : []),
        ...(service.cost === 'free' ? [c.costs.free] : []),
      ]} />
    </article>
  );
}
