import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { goalStatuses, type Goal } from '../../../contracts/action-plan.js';
import { MeasureItem } from './MeasureItem.js';
import { useUpdateGoal } from './plan-api.js';
import { StatusChange } from './StatusChange.js';

const goalColour = { active: 'info', achieved: 'success', dropped: 'neutral' } as const;

/** A goal with its status and the measures that serve it. */
export function GoalCard(props: { caseId: string; goal: Goal; writable: boolean; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const g = props.goal;
  const update = useUpdateGoal(props.caseId, g.id);
  const headingId = `goal-${g.id}`;

  return (
    <Card aria-labelledby={headingId}>
      <Card.Block className="samla-stack">
        <Heading level={3} data-size="xs" id={headingId}>{t('casePanels.plan.goal', { description: g.description })}</Heading>
        <div>
          <Tag data-color={goalColour[g.status]} data-size="sm">{`${t('casePanels.plan.status')}: ${t(`casePanels.plan.goalStatus.${g.status}`)}`}</Tag>
        </div>
        {g.measures.length === 0 ? (
          <Paragraph data-size="sm">{t('casePanels.plan.noMeasures')}</Paragraph>
        ) : (
          <ul className="samla-plain-list samla-measures" aria-label={t('casePanels.plan.measures')}>
            {g.measures.map((m) => (
              <li key={m.id}>
                <MeasureItem caseId={props.caseId} measure={m} writable={props.writable} onDone={props.onDone} />
              </li>
            ))}
          </ul>
        )}
        {props.writable && (
          <StatusChange<(typeof goalStatuses)[number]>
            key={`${g.status}-${g.version}`}
            id={`goal-status-${g.id}`}
            caseId={props.caseId}
            label={t('casePanels.plan.changeGoalStatus')}
            statuses={goalStatuses}
            statusLabel={(s) => t(`casePanels.plan.goalStatus.${s}`)}
            current={g.status}
            version={g.version}
            mutation={update}
            onDone={props.onDone}
          />
        )}
      </Card.Block>
    </Card>
  );
}
