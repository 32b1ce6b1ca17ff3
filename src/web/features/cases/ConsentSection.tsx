import { Alert, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../contracts/cases.js';
import { useFormat } from '../../components/format.js';
import { ListStatus } from '../../components/ListStatus.js';
import { recordsConsent } from './case-roles.js';
import { PanelNotice, usePanelNotice } from './panel-errors.js';
import { ConsentCard } from './ConsentCard.js';
import { ConsentForm } from './ConsentForm.js';
import { useConsents } from './consent-api.js';
import './panels.css';

/** The consents of the case, newest first, and (for staff of the owning unit) the form to record one. */
export function ConsentSection({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const consents = useConsents(caseDetail.id);
  const mayRecord = recordsConsent(caseDetail);
  const { notice, done } = usePanelNotice();
  const items = consents.data?.items ?? [];

  return (
    <section aria-labelledby="consent-heading" className="samla-stack">
      <Heading level={2} data-size="md" id="consent-heading">{t('casePanels.consent.title')}</Heading>
      <Paragraph>{t('casePanels.consent.help')}</Paragraph>
      {caseDetail.consentWarning && (
        <Alert data-color="warning">
          <Paragraph>{t('casePanels.consent.expiresSoon', { date: format.date(caseDetail.consentWarning.expiresOn) })}</Paragraph>
        </Alert>
      )}
      <PanelNotice notice={notice} />
      <ListStatus query={consents} empty={items.length === 0} emptyText={t('casePanels.consent.empty')} />
      {items.length > 0 && (
        <ul className="samla-plain-list samla-consents">
          {items.map((c) => (
            <li key={c.id}><ConsentCard caseId={caseDetail.id} consent={c} onDone={done} /></li>
          ))}
        </ul>
      )}
      {mayRecord && consents.data && (
        <Details>
          <Details.Summary>{t('casePanels.consent.record')}</Details.Summary>
          <Details.Content>
            <ConsentForm caseId={caseDetail.id} parties={consents.data} onDone={done} />
          </Details.Content>
        </Details>
      )}
    </section>
  );
}
