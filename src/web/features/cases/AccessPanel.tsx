import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CaseDetail } from '../../../contracts/cases.js';
import { AddMember } from './AddMember.js';
import { useRemoveMember } from './api.js';
import { CaseErrorAlert } from './case-errors.js';
import { isRemovable, isResident, writesAsStaff } from './case-roles.js';
import { DoneNotice, type Notice } from './DoneNotice.js';

/** Who can see the case and why (DESIGN.md §4 rule 3); the consent expiry warning is in the header, seen on every tab. */
export function AccessPanel({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const remove = useRemoveMember(c.id);
  const [notice, setNotice] = useState<Notice>({ text: null, stamp: 0 });
  const done = (text: string) => setNotice((n) => ({ text, stamp: n.stamp + 1 }));
  const canManage = writesAsStaff(c);

  return (
    <section aria-labelledby="access-heading" className="samla-stack">
      <Heading level={2} data-size="sm" id="access-heading">{t('cases.access.title')}</Heading>
      <Paragraph>{t('cases.access.intro')}</Paragraph>
      <DoneNotice text={notice.text} stamp={notice.stamp} />
      {remove.isError && <CaseErrorAlert error={remove.error} caseId={c.id} />}
      {c.access.length === 0 ? (
        <Paragraph>{t('cases.access.empty')}</Paragraph>
      ) : (
        <div className="samla-table-scroll" tabIndex={0} role="region" aria-label={t('cases.access.title')}>
          <Table border>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('cases.access.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.access.reason')}</Table.HeaderCell>
                <Table.HeaderCell>{t('cases.access.units')}</Table.HeaderCell>
                {canManage && <Table.HeaderCell><span className="ds-sr-only">{t('cases.access.remove')}</span></Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {c.access.map((a) => (
                <Table.Row key={`${a.kind}-${a.id}`}>
                  <Table.Cell>
                    {a.name}
                    {a.kind !== 'staff' && <span className="samla-muted">{` (${t(`cases.access.kinds.${a.kind}`)})`}</span>}
                    {a.staffFunction && <span className="samla-muted">{`, ${t(`admin.staff.staffFunctions.${a.staffFunction}`)}`}</span>}
                  </Table.Cell>
                  <Table.Cell>
                    {a.blocked ? (
                      <Tag data-color="danger" data-size="sm">{t('cases.access.blocked')}</Tag>
                    ) : (
                      a.reason && t(`cases.accessReasons.${a.reason}`)
                    )}
                  </Table.Cell>
                  <Table.Cell>{a.units.length > 0 ? a.units.join(', ') : '–'}</Table.Cell>
                  {canManage && (
                    <Table.Cell>
                      {isRemovable(a, c) && (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('cases.access.removeLabel', { name: a.name })}
                          loading={remove.isPending && remove.variables === a.id}
                          onClick={() => remove.mutate(a.id, { onSuccess: () => done(t('cases.done.memberRemoved', { name: a.name })) })}
                        >
                          {t('cases.access.remove')}
                        </Button>
                      )}
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {canManage && <AddMember caseId={c.id} onAdded={(name) => done(t('cases.done.memberAdded', { name }))} />}
      {!isResident(c) && (
        // Whom to involve: the service catalogue (its own feature, so a plain link).
        <Paragraph data-size="sm">
          <Link asChild><RouterLink to="/tjenester">{t('catalogue.fromCase.link')}</RouterLink></Link>
          {' '}
          <span className="samla-muted">{t('catalogue.fromCase.help')}</span>
        </Paragraph>
      )}
    </section>
  );
}
