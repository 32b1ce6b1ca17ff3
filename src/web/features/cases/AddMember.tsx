import { useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ListStatus } from '../../components/ListStatus.js';
import { useAddMember, useMemberCandidates, type MemberCandidate } from './api.js';
import { CaseErrorAlert } from './case-errors.js';

/**
 * Find a staff member and add them. Staff of the owning unit can always be added; staff of
 * other services only while a consent covers their service: they are listed, but cannot be
 * chosen, with the reason beside them.
 */
export function AddMember({ caseId, onAdded }: { caseId: string; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const candidates = useMemberCandidates(caseId, search);
  const add = useAddMember(caseId);
  const items = candidates.data ?? [];

  const choose = (c: MemberCandidate) =>
    add.mutate(c.id, {
      onSuccess: () => {
        setSearch(null);
        setText('');
        onAdded(c.name);
      },
    });

  return (
    <section aria-labelledby="add-member-heading" className="samla-stack">
      <Heading level={3} data-size="xs" id="add-member-heading">{t('cases.addMember.title')}</Heading>
      <form
        className="samla-filter"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) setSearch(text.trim());
        }}
      >
        <Textfield label={t('cases.addMember.query')} autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />
        <Button type="submit" variant="secondary">{t('cases.addMember.search')}</Button>
      </form>
      {add.isError && <CaseErrorAlert error={add.error} caseId={caseId} />}
      {search !== null && (
        <ListStatus query={candidates} empty={items.length === 0} emptyText={t('cases.addMember.empty')}>
          {items.length > 0 && <Paragraph data-size="sm">{t('common.shown', { count: items.length })}</Paragraph>}
        </ListStatus>
      )}
      {search !== null && items.length > 0 && (
        <ul className="samla-plain-list samla-candidates">
          {items.map((c) => (
            <li key={c.id} className="samla-candidate">
              <div>
                <Paragraph>{c.name}</Paragraph>
                {c.units.length > 0 && <Paragraph data-size="sm" className="samla-muted">{c.units.join(', ')}</Paragraph>}
                <Paragraph data-size="sm" id={`candidate-${c.id}`}>
                  {c.isMember
                    ? t('cases.addMember.alreadyMember')
                    : c.joinableBy === 'unit'
                      ? t('cases.addMember.viaUnit')
                      : c.joinableBy === 'consent'
                        ? t('cases.addMember.viaConsent')
                        : t('cases.addMember.needsConsent')}
                </Paragraph>
              </div>
              <Button
                variant="secondary"
                data-size="sm"
                disabled={c.joinableBy === null || c.isMember === true}
                aria-describedby={`candidate-${c.id}`}
                aria-label={t('cases.addMember.addLabel', { name: c.name })}
                loading={add.isPending && add.variables === c.id}
                onClick={() => choose(c)}
              >
                {t('cases.addMember.add')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
