import './catalogue.css';
import '../../i18n/features/catalogue.js';
import { useEffect, useRef, useState } from 'react';
import { Button, Card, Checkbox, Field, Fieldset, Heading, Label, Link, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { serviceNeeds, serviceTypes, type ServiceListItem, type ServiceNeed } from '../../../contracts/catalogue.js';
import { referrers, targetGroups } from '../../../contracts/catalogue-fields.js';
import { useAgeText } from '../../components/age-text.js';
import { ListStatus } from '../../components/ListStatus.js';
import { loadRememberedSearch, saveRememberedSearch } from '../../components/remembered-search.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { currentLanguage } from '../../i18n/index.js';
import { useCatalogueSearch } from './api.js';
import { CataloguePagination } from './CataloguePagination.js';
import { ages, isFiltered, paramsFrom, searchFrom, type CatalogueSearch } from './search-params.js';
import { useTextLang } from '../../components/content-lang.js';

const SEARCH_KEY = 'samla.catalogueSearch';

/** /tjenester — the published service catalogue for any staff user: whom could we involve? */
export function CataloguePage() {
  const { t } = useTranslation();
  usePageTitle(t('catalogue.title'));
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(() => loadRememberedSearch(SEARCH_KEY));
  const search = searchFrom(params, q);
  const lang = currentLanguage();
  const result = useCatalogueSearch(search, lang);
  const [text, setText] = useState(q);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const queryField = useRef<HTMLInputElement>(null);
  const shownPage = useRef(search.page);

  // A new page of results: move to its heading, as a page load would.
  useEffect(() => {
    if (shownPage.current === search.page) return;
    shownPage.current = search.page;
    resultsHeading.current?.focus();
  }, [search.page]);

  const apply = (changes: Partial<CatalogueSearch>) => {
    const next = { ...search, page: 1, ...changes };
    if (next.q !== q) {
      saveRememberedSearch(SEARCH_KEY, next.q);
      setQ(next.q);
    }
    setParams(paramsFrom(next), { replace: true });
  };
  const clear = () => {
    setText('');
    apply({ q: '', age: undefined, needs: [], type: undefined, referrers: [], targetGroups: [], free: false, dropIn: false });
    // The button goes with the filters: start again where a search starts.
    queryField.current?.focus();
  };
  const toggleNeed = (need: ServiceNeed, on: boolean) =>
    apply({ needs: on ? [...search.needs, need] : search.needs.filter((n) => n !== need) });
  const toggle = <T extends string>(list: T[], code: T, on: boolean) => (on ? [...list, code] : list.filter((x) => x !== code));
  const href = (page: number) => `?${paramsFrom({ ...search, page }).toString()}`;
  const data = result.data;
  const items = data?.items ?? [];

  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg">{t('catalogue.title')}</Heading>
      <Paragraph>{t('catalogue.intro')}</Paragraph>
      <form
        role="search"
        aria-label={t('catalogue.search.label')}
        className="samla-filter samla-catalogue__query"
        onSubmit={(e) => {
          e.preventDefault();
          apply({ q: text.trim() });
        }}
      >
        <Textfield
          label={t('catalogue.search.query')}
          description={t('catalogue.search.queryHelp')}
          type="search"
          ref={queryField}
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit">{t('catalogue.search.submit')}</Button>
      </form>
      <div className="samla-catalogue">
        <form aria-label={t('catalogue.search.filters')} className="samla-stack samla-catalogue__filters" onSubmit={(e) => e.preventDefault()}>
          <Heading level={2} data-size="xs">{t('catalogue.search.filters')}</Heading>
          <Field>
            <Label>{t('catalogue.search.age')}</Label>
            <Select value={search.age === undefined ? '' : String(search.age)} onChange={(e) => apply({ age: e.target.value === '' ? undefined : Number(e.target.value) })}>
              <Select.Option value="">{t('catalogue.search.anyAge')}</Select.Option>
              {ages.map((a) => <Select.Option key={a} value={String(a)}>{t('catalogue.search.ageYears', { count: a })}</Select.Option>)}
            </Select>
          </Field>
          <Field>
            <Label>{t('catalogue.search.type')}</Label>
            <Select value={search.type ?? ''} onChange={(e) => apply({ type: serviceTypes.find((x) => x === e.target.value) })}>
              <Select.Option value="">{t('catalogue.search.anyType')}</Select.Option>
              {serviceTypes.map((type) => <Select.Option key={type} value={type}>{t(`catalogue.types.${type}`)}</Select.Option>)}
            </Select>
          </Field>
          <Fieldset>
            <Fieldset.Legend>{t('catalogue.search.needs')}</Fieldset.Legend>
            <Fieldset.Description>{t('catalogue.search.needsHelp')}</Fieldset.Description>
            <div className="samla-catalogue__needs">
              {serviceNeeds.map((need) => (
                <Checkbox
                  key={need}
                  label={t(`catalogue.needs.${need}`)}
                  checked={search.needs.includes(need)}
                  onChange={(e) => toggleNeed(need, e.target.checked)}
                />
              ))}
            </div>
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('catalogue.fields.targetGroupsTitle')}</Fieldset.Legend>
            <Fieldset.Description>{t('catalogue.fields.targetGroupsHelp')}</Fieldset.Description>
            <div className="samla-catalogue__needs">
              {targetGroups.map((g) => (
                <Checkbox key={g} label={t(`catalogue.fields.targetGroups.${g}`)} checked={search.targetGroups.includes(g)}
                  onChange={(e) => apply({ targetGroups: toggle(search.targetGroups, g, e.target.checked) })} />
              ))}
            </div>
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('catalogue.fields.referrersTitle')}</Fieldset.Legend>
            <Fieldset.Description>{t('catalogue.fields.referrersHelp')}</Fieldset.Description>
            <div className="samla-catalogue__needs">
              {referrers.map((r) => (
                <Checkbox key={r} label={t(`catalogue.fields.referrers.${r}`)} checked={search.referrers.includes(r)}
                  onChange={(e) => apply({ referrers: toggle(search.referrers, r, e.target.checked) })} />
              ))}
            </div>
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('catalogue.fields.more')}</Fieldset.Legend>
            <Checkbox label={t('catalogue.fields.free')} checked={search.free} onChange={(e) => apply({ free: e.target.checked })} />
            <Checkbox label={t('catalogue.fields.dropIn')} checked={search.dropIn} onChange={(e) => apply({ dropIn: e.target.checked })} />
          </Fieldset>
        </form>
        <section aria-labelledby="catalogue-results" className="samla-stack">
          <Heading level={2} data-size="sm" id="catalogue-results" ref={resultsHeading} tabIndex={-1}>
            {data && data.pages > 1 ? t('catalogue.search.resultsPage', { page: data.page, pages: data.pages }) : t('catalogue.search.results')}
          </Heading>
          <ListStatus
            query={result}
            empty={items.length === 0}
            emptyText={isFiltered(search) ? t('catalogue.search.empty') : t('catalogue.search.emptyCatalogue')}
          >
            {data && data.total > 0 && <Paragraph>{t('catalogue.search.count', { count: data.total })}</Paragraph>}
          </ListStatus>
          {isFiltered(search) && (
            <div><Button type="button" variant="secondary" data-size="sm" onClick={clear}>{t('catalogue.search.clear')}</Button></div>
          )}
          {items.length > 0 && (
            <ul className="samla-plain-list samla-catalogue__results">
              {items.map((s) => <li key={s.id}><ServiceCard service={s} search={params.toString()} /></li>)}
            </ul>
          )}
          {data && <CataloguePagination page={data.page} pages={data.pages} href={href} />}
        </section>
      </div>
    </section>
  );
}

function ServiceCard({ service: s, search }: { service: ServiceListItem; search: string }) {
  const { t } = useTranslation();
  const textLang = useTextLang();
  const ageText = useAgeText();
  return (
    <Card data-color="neutral" className="samla-catalogue__card">
      {/* Name and summary are in the main language where the service is not translated into the page's language. */}
      <Heading level={3} data-size="xs" lang={textLang(s.language)}>
        <Link asChild><RouterLink to={`/tjenester/${s.id}`} state={{ search: search ? `?${search}` : '' }}>{s.name}</RouterLink></Link>
      </Heading>
      <Paragraph lang={textLang(s.language)}>{s.summary}</Paragraph>
      {(s.unitName ?? s.interMunicipalName) && <Paragraph data-size="sm" className="samla-muted">{s.unitName ?? s.interMunicipalName}</Paragraph>}
      <ul className="samla-tag-list">
        <li><Tag data-size="sm" data-color="info">{t(`catalogue.types.${s.serviceType}`)}</Tag></li>
        {s.ageFrom !== null && s.ageTo !== null && <li><Tag data-size="sm" data-color="neutral">{ageText(s.ageFrom, s.ageTo)}</Tag></li>}
        {s.targetGroups.map((g) => <li key={g}><Tag data-size="sm" data-color="neutral">{t(`catalogue.fields.targetGroups.${g}`)}</Tag></li>)}
        {s.selfReferral && <li><Tag data-size="sm" data-color="success">{t('catalogue.service.selfReferral')}</Tag></li>}
        {s.dropIn && <li><Tag data-size="sm" data-color="info">{t('catalogue.fields.dropInTag')}</Tag></li>}
        {s.cost === 'free' && <li><Tag data-size="sm" data-color="neutral">{t('catalogue.fields.costs.free')}</Tag></li>}
      </ul>
    </Card>
  );
}
