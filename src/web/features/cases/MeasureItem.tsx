import { useState } from 'react';
import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { measureStatuses, type Measure } from '../../../contracts/action-plan.js';
import { useFormat } from '../../components/format.js';
import { EvaluationDialog } from './EvaluationDialog.js';
import { useUpdateMeasure } from './plan-api.js';
import { StatusChange } from './StatusChange.js';

/** One measure: who is responsible, when, when it is evaluated (overdue said in words), and its evaluations. */
export function MeasureItem(props: { caseId: string; measure: Measure; writable: boolean; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const m = props.measure;
  const update = useUpdateMeasure(props.caseId, m.id);
  const [evaluating, setEvaluating] = useState(false);
  const responsible = [m.responsibleUser?.name, m.responsibleUnit?.name, m.responsibleParty && t(`casePanels.plan.parties.${m.responsibleParty}`)]
    .filter(Boolean).join(' · ') || t('casePanels.common.none');
  const period = m.endOn ? `${format.date(m.startOn)}–${format.date(m.endOn)}` : t('casePanels.plan.from', { date: format.date(m.startOn) });
  const headingId = `measure-${m.id}`;

  return (
    <Card data-color="neutral" data-variant="tinted" aria-labelledby={headingId}>
      <Card.Block className="samla-stack">
        <Heading level={4} data-size="2xs" id={headingId}>{m.description}</Heading>
        <dl className="samla-facts">
          <dt>{t('casePanels.plan.responsible')}</dt>
          <dd>{responsible}</dd>
          <dt>{t('casePanels.plan.period')}</dt>
          <dd>{period}</dd>
          <dt>{t('casePanels.plan.evaluationDue')}</dt>
          <dd>
            {format.date(m.evaluationDue)}
            {m.evaluationOverdue && (
              <>
                {' '}
                <Tag data-color="danger" data-size="sm">{`⚠ ${t('casePanels.plan.overdue')}`}</Tag>
              </>
            )}
          </dd>
          <dt>{t('casePanels.plan.status')}</dt>
          <dd>{t(`casePanels.plan.measureStatus.${m.status}`)}</dd>
        </dl>
        <Heading level={5} data-size="2xs">{t('casePanels.plan.evaluations')}</Heading>
        {m.evaluations.length === 0 ? (
          <Paragraph data-size="sm">{t('casePanels.plan.noEvaluations')}</Paragraph>
        ) : (
          <ul className="samla-plain-list samla-evaluations">
            {m.evaluations.map((e) => (
              <li key={e.id}>
                <Paragraph data-size="sm">
                  <strong>{`${format.date(e.evaluatedOn)}: ${t(`casePanels.plan.outcome.${e.outcome}`)}`}</strong>
                  {` · ${t('casePanels.plan.evaluatedBy')} ${e.author.name}`}
                </Paragraph>
                <dl className="samla-facts">
                  <dt>{t('casePanels.plan.learned')}</dt>
                  <dd className="samla-prewrap">{e.learned}</dd>
                  <dt>{t('casePanels.plan.nextSteps')}</dt>
                  <dd className="samla-prewrap">{e.nextSteps || t('casePanels.common.none')}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
        {props.writable && (
          // The card is neutral; its actions keep the accent colour so they do not look disabled.
          <div className="samla-actions" data-color="accent">
            <StatusChange<(typeof measureStatuses)[number]>
              key={`${m.status}-${m.version}`}
              id={`measure-status-${m.id}`}
              caseId={props.caseId}
              label={t('casePanels.plan.changeMeasureStatus')}
              statuses={measureStatuses}
              statusLabel={(s) => t(`casePanels.plan.measureStatus.${s}`)}
              current={m.status}
              version={m.version}
              mutation={update}
              onDone={props.onDone}
            />
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setEvaluating(true)}>
              {t('casePanels.plan.recordEvaluation')}
            </Button>
            <EvaluationDialog caseId={props.caseId} measure={m} open={evaluating} onClose={() => setEvaluating(false)} onDone={props.onDone} />
          </div>
        )}
      </Card.Block>
    </Card>
  );
}
