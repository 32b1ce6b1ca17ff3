import { useEffect, useMemo, useRef } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../contracts/cases.js';
import { ListStatus } from '../../components/ListStatus.js';
import { useCaseEntries } from './api.js';
import { writesAsStaff } from './case-roles.js';
import { caseNames } from './entry-text.js';
import { LogEntry } from './LogEntry.js';
import { NewEntryForm } from './NewEntryForm.js';

/** The log: a form for a new entry (for those who may write), then the entries, newest first. */
export function CaseLog({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const entries = useCaseEntries(c.id);
  const items = entries.data?.pages.flatMap((p) => p.items) ?? [];
  const names = useMemo(() => caseNames(c), [c]);
  const list = useRef<HTMLOListElement>(null);
  // Set on «Vis flere»: how many entries there were, so focus can move to the first new one.
  const before = useRef<number | null>(null);

  useEffect(() => {
    if (entries.isFetchingNextPage || before.current === null) return;
    const first = list.current?.querySelectorAll<HTMLElement>(':scope > li > article')[before.current];
    before.current = null;
    if (!first) return;
    first.tabIndex = -1;
    first.focus();
  }, [entries.isFetchingNextPage]);

  return (
    <div className="samla-stack">
      {c.myAccess.write && <NewEntryForm caseDetail={c} />}
      <section aria-labelledby="log-heading" className="samla-stack">
        <Heading level={2} data-size="sm" id="log-heading">{t('cases.log.title')}</Heading>
        <ListStatus query={entries} empty={items.length === 0} emptyText={t('cases.log.empty')}>
          {items.length > 0 && <Paragraph data-size="sm">{t('cases.log.shown', { count: items.length })}</Paragraph>}
        </ListStatus>
        {items.length > 0 && (
          <ol className="samla-log" ref={list}>
            {items.map((e) => (
              <li key={e.id}>
                <LogEntry entry={e} caseId={c.id} mayCorrect={writesAsStaff(c)} names={names} />
              </li>
            ))}
          </ol>
        )}
        {entries.hasNextPage && (
          <div>
            <Button
              variant="secondary"
              loading={entries.isFetchingNextPage}
              aria-disabled={entries.isFetchingNextPage || undefined}
              onClick={() => {
                if (entries.isFetchingNextPage) return;
                before.current = items.length;
                void entries.fetchNextPage();
              }}
            >
              {t('common.showMore')}
            </Button>
          </div>
        )}
      </section>
    </div>
  );
}
