import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { osloDay } from '../../components/dates.js';
import { useFormat } from '../../components/format.js';
import { Loading } from '../../components/Loading.js';
import { useChildWork } from './api.js';

/**
 * The child's cases and concerns on the child's page — only those the user may open, so a
 * second open case is not started in ignorance of the first (issue 9).
 */
export function ChildWorkSection({ childId }: { childId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const work = useChildWork(childId);
  if (work.isPending) return <Loading />;
  if (work.isError) return <Alert data-color="danger">{t('children.work.loadError')}</Alert>;
  const { cases, concerns } = work.data;
  return (
    <>
      <section aria-labelledby="child-cases-heading" className="samla-stack">
        <Heading level={2} data-size="md" id="child-cases-heading">{t('children.work.casesTitle')}</Heading>
        <Paragraph data-size="sm" className="samla-muted">{t('children.work.intro')}</Paragraph>
        {cases.length === 0 ? <Paragraph>{t('children.work.noCases')}</Paragraph> : (
          <ul className="samla-stack">
            {cases.map((c) => (
              <li key={c.id}>
                <Link asChild><RouterLink to={`/saker/${c.id}`}>{t('children.work.caseLink', { unit: c.owningUnit.name })}</RouterLink></Link>
                <br />
                <span className="samla-muted">
                  {t('children.work.caseFacts', {
                    level: c.level, status: t(`concerns.cases.statuses.${c.status}`), holder: c.holder.name, date: format.date(osloDay(c.openedAt)),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="child-concerns-heading" className="samla-stack">
        <Heading level={2} data-size="md" id="child-concerns-heading">{t('children.work.concernsTitle')}</Heading>
        {concerns.length === 0 ? <Paragraph>{t('children.work.noConcerns')}</Paragraph> : (
          <ul className="samla-stack">
            {concerns.map((k) => (
              <li key={k.id}>
                <Link asChild><RouterLink to={`/bekymringer/${k.id}`}>{t('children.work.concernLink', { unit: k.unit.name })}</RouterLink></Link>
                <br />
                <span className="samla-muted">
                  {t('children.work.concernFacts', {
                    status: k.status === 'open' && k.decided ? t('concerns.status.reportDraft') : t(`concerns.status.${k.status}`),
                    date: format.date(k.observedOn),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
