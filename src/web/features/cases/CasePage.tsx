import './cases.css';
import { useEffect, useRef, useState } from 'react';
import { Heading, Link, Paragraph, Tabs } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { isNotFound } from '../../components/errors.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { AccessPanel } from './AccessPanel.js';
import { ActionPlanSection } from './ActionPlanSection.js';
import { caseKey, useCase } from './api.js';
import { CaseHeader } from './CaseHeader.js';
import { CaseLog } from './CaseLog.js';
import { isResident } from './case-roles.js';
import { ConcernRecordSection } from './ConcernRecordSection.js';
import { ConsentSection } from './ConsentSection.js';
import { DoneNotice, type Notice } from './DoneNotice.js';
import { ExportSection } from './ExportSection.js';
import { HandoverSection } from './HandoverSection.js';
import { OpenedNotice, useOpenedCase } from './opened-case.js';

/** Tab names in the address (?fane=…), so that reload and Back keep the user's place; never personal data. */
const TABS = ['logg', 'bekymring', 'plan', 'samtykke', 'stafett', 'eksport'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => (TABS as readonly string[]).includes(v ?? '');

/** The case page (stafettlogg): who the case is about and where it stands, then its parts as tabs. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // Set when the case answers 404 after it had been shown: access ended while the page was open.
  const [lost, setLost] = useState(false);
  const detail = useCase(id, !lost);
  const client = useQueryClient();
  const lostNow = !lost && detail.data !== undefined && isNotFound(detail.error);
  useEffect(() => {
    if (!lostNow) return;
    setLost(true);
    // Nothing of the child stays in the browser's memory: the case and all its parts are dropped.
    client.removeQueries({ queryKey: caseKey(id) });
  }, [lostNow, client, id]);
  const opened = useOpenedCase(detail.data !== undefined);
  const [notice, setNotice] = useState<Notice>({ text: null, stamp: 0 });
  // The title stays generic: browser history and tab titles should not carry the child's name.
  usePageTitle(t('cases.title'));

  if (lost || lostNow) return <LostAccess />;
  if (detail.isPending) return <Loading />;
  if (isNotFound(detail.error)) return <NotFoundOrNoAccess />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const c = detail.data;
  // Guardians and young people have no baton to pass and no export: those tabs are staff work.
  const resident = isResident(c);
  // The level-0 record is staff's, and only there when the case was opened from a concern.
  const hasConcern = !resident && c.concernId !== null;
  const shown = (v: string | null): v is Tab => isTab(v) && !(resident && (v === 'stafett' || v === 'eksport')) && (v !== 'bekymring' || hasConcern);
  const tab: Tab = shown(params.get('fane')) ? (params.get('fane') as Tab) : 'logg';
  const selectTab = (value: string) => setParams(value === 'logg' ? {} : { fane: value }, { replace: true });
  const done = (text: string) => setNotice((n) => ({ text, stamp: n.stamp + 1 }));

  return (
    <section className="samla-page samla-case">
      {resident ? (
        <Link asChild><RouterLink to="/">{t('resident.backToHome')}</RouterLink></Link>
      ) : (
        <Link asChild><RouterLink to="/saker">{t('cases.backToCases')}</RouterLink></Link>
      )}
      <CaseHeader caseDetail={c} onDone={done} headingRef={opened.headingRef} />
      {/* One notice at a time: the newest. An action's result replaces the one from arriving. */}
      <OpenedNotice arrival={notice.text === null ? opened.arrival : null} />
      <DoneNotice text={notice.text} stamp={notice.stamp} />
      <Tabs value={tab} onChange={selectTab}>
        <Tabs.List aria-label={t('cases.tabs.label')} className="samla-case-tabs">
          <Tabs.Tab value="logg">{t('cases.tabs.log')}</Tabs.Tab>
          {hasConcern && <Tabs.Tab value="bekymring">{t('cases.tabs.concern')}</Tabs.Tab>}
          <Tabs.Tab value="plan">{t('cases.tabs.plan')}</Tabs.Tab>
          <Tabs.Tab value="samtykke">{t('cases.tabs.consent')}</Tabs.Tab>
          {!resident && <Tabs.Tab value="stafett">{t('cases.tabs.handover')}</Tabs.Tab>}
          {!resident && <Tabs.Tab value="eksport">{t('cases.tabs.export')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="logg" className="samla-case-panel">
          <CaseLog caseDetail={c} />
        </Tabs.Panel>
        {hasConcern && (
          <Tabs.Panel value="bekymring" className="samla-case-panel">
            {tab === 'bekymring' && <ConcernRecordSection caseDetail={c} />}
          </Tabs.Panel>
        )}
        <Tabs.Panel value="plan" className="samla-case-panel">
          <ActionPlanSection caseDetail={c} />
        </Tabs.Panel>
        <Tabs.Panel value="samtykke" className="samla-case-panel">
          <ConsentSection caseDetail={c} />
          <AccessPanel caseDetail={c} />
        </Tabs.Panel>
        {!resident && (
          <Tabs.Panel value="stafett" className="samla-case-panel">
            <HandoverSection caseDetail={c} />
          </Tabs.Panel>
        )}
        {!resident && (
          <Tabs.Panel value="eksport" className="samla-case-panel">
            <ExportSection caseDetail={c} />
          </Tabs.Panel>
        )}
      </Tabs>
    </section>
  );
}

/** The page a case leaves behind when the user's access ends while it is open. */
function LostAccess() {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="samla-page">
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1}>{t('cases.lostAccess.title')}</Heading>
      <Paragraph>{t('cases.lostAccess.text')}</Paragraph>
      <Link asChild><RouterLink to="/">{t('cases.lostAccess.back')}</RouterLink></Link>
    </section>
  );
}
