import { useState, type FormEvent } from 'react';
import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuthenticatedSession, useIsSystemAdmin } from '../../api/session.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { LoadMore } from '../../components/LoadMore.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useChildSearch, type ChildSearch } from './api.js';
import { ChildResultsTable } from './ChildResultsTable.js';
import { loadSearch, saveSearch } from './search-state.js';

/** Where the search starts: a unit link (?enhet=<id>, an id only) lists that unit; otherwise the last search. */
function initialSearch(unitFromUrl: string | null): ChildSearch | null {
  if (unitFromUrl) return { query: '', unitId: unitFromUrl };
  return loadSearch();
}

export function ChildSearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('children.searchTitle'));
  const session = useAuthenticatedSession();
  const [params] = useSearchParams();
  const [search, setSearch] = useState<ChildSearch | null>(() => initialSearch(params.get('enhet')));
  const [draft, setDraft] = useState<ChildSearch>(() => search ?? { query: '', unitId: '' });
  const results = useChildSearch(search);
  const items = results.data?.pages.flatMap((p) => p.items) ?? [];
  const units = session?.user?.units ?? [];
  // The system administrator searches the whole registry, not «my units».
  const allLabel = useIsSystemAdmin() ? t('children.allUnits') : t('children.allMyUnits');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = { query: draft.query.trim(), unitId: draft.unitId };
    saveSearch(next);
    setSearch(next);
  };

  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg">{t('children.searchTitle')}</Heading>
      <form role="search" aria-label={t('children.searchTitle')} className="samla-filter" onSubmit={submit}>
        <Textfield
          label={t('children.query')}
          description={t('children.queryHelp')}
          value={draft.query}
          maxLength={100}
          autoComplete="off"
          onChange={(e) => setDraft({ ...draft, query: e.target.value })}
        />
        <Field>
          <Label>{t('children.unit')}</Label>
          <Select value={draft.unitId} onChange={(e) => setDraft({ ...draft, unitId: e.target.value })}>
            <Select.Option value="">{allLabel}</Select.Option>
            {units.map((u) => (
              <Select.Option key={u.id} value={u.id}>{u.name}</Select.Option>
            ))}
            {draft.unitId && !units.some((u) => u.id === draft.unitId) && (
              <Select.Option value={draft.unitId}>{t('children.selectedUnit')}</Select.Option>
            )}
          </Select>
        </Field>
        <Button type="submit">{t('common.search')}</Button>
      </form>
      <div aria-live="polite" aria-busy={results.isFetching} className="samla-stack">
        {results.isLoading && <Loading />}
        {results.isError && <ErrorAlert error={results.error} />}
        {results.data && items.length === 0 && <Paragraph>{t('children.empty')}</Paragraph>}
        {items.length > 0 && <Paragraph data-size="sm">{t('common.shown', { count: items.length })}</Paragraph>}
      </div>
      {items.length > 0 && <ChildResultsTable items={items} />}
      <LoadMore hasMore={results.hasNextPage} loading={results.isFetchingNextPage} onLoad={() => void results.fetchNextPage()} />
    </section>
  );
}
