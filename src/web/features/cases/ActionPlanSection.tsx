import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../contracts/cases.js';
import { ListStatus } from '../../components/ListStatus.js';
import { writesAsStaff } from './case-roles.js';
import { PanelNotice, usePanelNotice } from './panel-errors.js';
import { GoalCard } from './GoalCard.js';
import { GoalDialog } from './GoalDialog.js';
import { MeasureDialog } from './MeasureDialog.js';
import { usePlan } from './plan-api.js';
import './panels.css';

/** The action plan: goals, the measures that serve them, and their evaluations. Staff with write access edit it. */
export function ActionPlanSection({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const plan = usePlan(caseDetail.id);
  const writable = writesAsStaff(caseDetail);
  const { notice, done } = usePanelNotice();
  const [dialog, setDialog] = useState<'goal' | 'measure' | null>(null);
  const goals = plan.data?.goals ?? [];
  const activeGoals = goals.filter((g) => g.status === 'active');

  return (
    <section aria-labelledby="plan-heading" className="samla-stack">
      <Heading level={2} data-size="md" id="plan-heading">{t('casePanels.plan.title')}</Heading>
      {!writable && <Paragraph>{t('casePanels.plan.readOnly')}</Paragraph>}
      <PanelNotice notice={notice} />
      {writable && plan.data && (
        <div className="samla-actions">
          <Button type="button" onClick={() => setDialog('goal')}>{t('casePanels.plan.addGoal')}</Button>
          {activeGoals.length > 0 ? (
            <Button type="button" variant="secondary" onClick={() => setDialog('measure')}>{t('casePanels.plan.addMeasure')}</Button>
          ) : (
            <Paragraph data-size="sm">{t('casePanels.plan.addMeasureNeedsGoal')}</Paragraph>
          )}
        </div>
      )}
      <ListStatus query={plan} empty={goals.length === 0} emptyText={t('casePanels.plan.empty')} />
      {goals.length > 0 && (
        <ul className="samla-plain-list samla-goals">
          {goals.map((g) => (
            <li key={g.id}>
              <GoalCard caseId={caseDetail.id} goal={g} writable={writable} onDone={done} />
            </li>
          ))}
        </ul>
      )}
      {writable && (
        <>
          <GoalDialog caseId={caseDetail.id} open={dialog === 'goal'} onClose={() => setDialog(null)} onDone={done} />
          <MeasureDialog caseDetail={caseDetail} goals={goals} open={dialog === 'measure'} onClose={() => setDialog(null)} onDone={done} />
        </>
      )}
    </section>
  );
}
