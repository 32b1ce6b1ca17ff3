import { useEffect, useRef, useState } from 'react';
import { Alert, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import type { ConcernDetail } from '../../../contracts/concerns.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { NotFoundOrNoAccess } from '../../components/ErrorPages.js';
import { isNotFound } from '../../components/errors.js';
import { useFormat } from '../../components/format.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { useConcern } from './api.js';
import { ConcernDecision } from './ConcernDecision.js';
import { ConcernSteps } from './ConcernSteps.js';
import { DueDate, ScaleText, StatusTag } from './ConcernBits.js';
import { SignalText } from '../../components/SignalText.js';

/** /bekymringer/:id — the worry, its steps and the decision. */
export function ConcernPage() {
  const { t } = useTranslation();
  // Generic: tab titles and browser history should not carry the child's name.
  usePageTitle(t('concerns.detail.title'));
  const { id = '' } = useParams();
  const concern = useConcern(id);
  const location = useLocation();
  const navigate = useNavigate();
  // Said once: the history entry forgets it, so a reload or Back does not announce it again.
  const [created] = useState(() => (location.state as { created?: boolean } | null)?.created === true);
  useEffect(() => {
    if (created) void navigate(location.pathname, { replace: true, state: null });
  }, [created, navigate, location.pathname]);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = concern.data !== undefined;

  // A new concern: say so and start reading at the heading. After the layout's own focus on <main>.
  useEffect(() => {
    if (!created || !loaded) return;
    const timer = setTimeout(() => heading.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [created, loaded]);

  if (concern.isPending) return <Loading />;
  if (isNotFound(concern.error)) return <NotFoundOrNoAccess />;
  if (concern.isError) return <ErrorAlert error={concern.error} />;
  const c = concern.data;

  return (
    <section className="samla-page">
      <Link asChild><RouterLink to="/bekymringer">{t('concerns.detail.backToList')}</RouterLink></Link>
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1}>{t('concerns.detail.title')}</Heading>
      {created && <Alert data-color="success" role="status"><Paragraph>{t('concerns.detail.created')}</Paragraph></Alert>}
      <ConcernFacts concern={c} />
      {c.guardiansNotContacted && (
        <Alert data-color="warning"><Paragraph>{t('concerns.detail.guardiansNotContacted')}</Paragraph></Alert>
      )}
      <section aria-labelledby="observation-heading" className="samla-stack">
        <Heading level={2} data-size="md" id="observation-heading">{t('concerns.detail.observation')}</Heading>
        <Paragraph className="samla-prewrap">{c.observation}</Paragraph>
        <Heading level={3} data-size="xs">{t('concerns.detail.signals')}</Heading>
        {c.signals.length === 0 ? (
          <Paragraph>{t('concerns.detail.noSignals')}</Paragraph>
        ) : (
          <ul className="samla-tag-list">
            {c.signals.map((s) => <li key={s}><Tag data-size="sm" data-color="neutral"><SignalText label={s} /></Tag></li>)}
          </ul>
        )}
      </section>
      <ConcernSteps concern={c} onReload={() => void concern.refetch()} />
      <ConcernDecision concern={c} onReload={() => void concern.refetch()} />
      {!c.myAccess.write && c.decision === null && <Paragraph>{t('concerns.detail.readOnly')}</Paragraph>}
    </section>
  );
}

function ConcernFacts({ concern: c }: { concern: ConcernDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card>
      <Card.Block>
        <dl className="samla-facts">
          <dt>{t('concerns.detail.child')}</dt>
          <dd><Link asChild><RouterLink to={`/barn/${c.child.id}`}>{`${c.child.givenName} ${c.child.familyName}`}</RouterLink></Link></dd>
          <dt>{t('concerns.detail.unit')}</dt>
          <dd>{c.unit.name}</dd>
          <dt>{t('concerns.detail.author')}</dt>
          <dd>{c.author.name}</dd>
          <dt>{t('concerns.detail.observedOn')}</dt>
          <dd>{format.date(c.observedOn)}</dd>
          <dt>{t('concerns.detail.source')}</dt>
          <dd>{c.source ? t(`concerns.new.sources.${c.source}`) : t('concerns.detail.noSource')}</dd>
          <dt>{t('concerns.scale.label')}</dt>
          <dd><ScaleText value={c.concernScale} /></dd>
          <dt>{t('concerns.detail.status')}</dt>
          <dd><StatusTag status={c.status} writingReport={c.decision?.kind === 'report'} /></dd>
          <dt>{t('concerns.detail.decisionDue')}</dt>
          <dd><DueDate date={c.decisionDue} overdue={c.overdue} /></dd>
        </dl>
      </Card.Block>
    </Card>
  );
}
