import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Fieldset, Heading, Link, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { concernDecisions, type ConcernDetail } from '../../../contracts/concerns.js';
import { useFormat } from '../../components/format.js';
import { useLevels } from '../../components/levels.js';
import { concernCaseLevels } from '../../../contracts/levels.js';
import { useChildWorkForConcern, useConcernSettings, useDecideConcern, useRefreshConcern, useReportFromConcern } from './api.js';
import { WriteError, useConcernFieldErrors } from './errors.js';

type Decision = (typeof concernDecisions)[number];
interface FormValues {
  decision: Decision | '';
  level: string;
  reason: string;
}
const FIELDS = ['decision', 'level', 'reason'] as const;

/** The decision within the deadline, or, once taken, what was decided and where it led. */
export function ConcernDecision({ concern, onReload }: { concern: ConcernDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const decided = concern.decision !== null;
  const wasDecided = useRef(decided);

  // Closing keeps the user here: the decided view replaces the form, and focus goes to its heading.
  useEffect(() => {
    if (decided && !wasDecided.current) heading.current?.focus();
    wasDecided.current = decided;
  }, [decided]);

  if (!decided && !concern.myAccess.write) return null;
  return (
    <section aria-labelledby="decision-heading" className="samla-stack">
      <Heading level={2} data-size="md" id="decision-heading" ref={heading} tabIndex={-1}>{t('concerns.decision.title')}</Heading>
      {decided ? <DecidedView concern={concern} /> : <DecisionForm concern={concern} onReload={onReload} />}
    </section>
  );
}

function DecidedView({ concern }: { concern: ConcernDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const report = useReportFromConcern(concern.id);
  const decision = concern.decision!;
  const date = format.date(decision.decidedAt.slice(0, 10));
  return (
    <Card>
      <Card.Block>
        <Heading level={3} data-size="xs">{t(`concerns.decision.kinds.${decision.kind}`)}</Heading>
        <Paragraph data-size="sm" className="samla-muted">
          {decision.decidedBy
            ? t('concerns.decision.decidedBy', { date, name: decision.decidedBy.name })
            : t('concerns.decision.decidedAt', { date })}
        </Paragraph>
        <Paragraph className="samla-prewrap">{decision.reason}</Paragraph>
        {concern.caseId && (
          <Link asChild><RouterLink to={`/saker/${concern.caseId}`}>{t('concerns.decision.goToCase')}</RouterLink></Link>
        )}
        {decision.kind === 'report' && concern.status === 'open' && (
          <div className="samla-actions">
            <Button
              variant="secondary"
              loading={report.isPending}
              onClick={() => report.mutate(undefined, { onSuccess: (r) => navigate(`/bekymringsmeldinger/${r.id}`) })}
            >
              {t('concerns.decision.openReport')}
            </Button>
          </div>
        )}
        <WriteError error={report.error} unmatched={[]} onReload={() => report.reset()} />
      </Card.Block>
    </Card>
  );
}

function DecisionForm({ concern, onReload }: { concern: ConcernDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const decide = useDecideConcern(concern.id);
  const report = useReportFromConcern(concern.id);
  const refresh = useRefreshConcern(concern.id);
  const { levels, nameOf } = useLevels();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { register, handleSubmit, watch, setError, formState: { errors, isSubmitting } } = useForm<FormValues>({
    defaultValues: { decision: '', level: '', reason: '' },
  });
  const serverErrors = useConcernFieldErrors(setError, FIELDS);
  const choice = watch('decision');
  // Only cases the user may open are listed by the server, so the warning tells nothing more.
  const openCases = (useChildWorkForConcern(concern.child.id).data?.cases ?? []).filter((c) => c.status === 'open');
  const settings = useConcernSettings();
  // A new case has no other service yet: level 2 is warned about, or refused where the municipality requires one.
  const levelRule = watch('level') === '2' ? settings.data?.levelWithoutOtherService : undefined;

  const onSubmit = handleSubmit(async (values) => {
    setUnmatched([]);
    const decision = values.decision as Decision;
    let answer;
    try {
      answer = await decide.mutateAsync({
        decision,
        reason: values.reason,
        level: decision === 'open_case' ? Number(values.level) : undefined,
        version: concern.version,
      });
    } catch (error) {
      setUnmatched(serverErrors(error));
      return;
    }
    try {
      if (decision === 'open_case' && answer.caseId) await navigate(`/saker/${answer.caseId}`);
      // The report is written on its own page; the concern stays open until the report is sent.
      if (decision === 'report') await navigate(`/bekymringsmeldinger/${(await report.mutateAsync()).id}`);
    } catch {
      // Shown by the report mutation's error; the decided view offers to open the report again.
    } finally {
      await refresh();
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="samla-form">
      <Paragraph>{t('concerns.decision.intro', { date: format.date(concern.decisionDue) })}</Paragraph>
      <WriteError error={decide.error} unmatched={unmatched} onReload={() => { decide.reset(); onReload(); }} />
      <Fieldset aria-describedby={errors.decision ? 'decision-error' : undefined}>
        <Fieldset.Legend>{t('concerns.decision.choose')}</Fieldset.Legend>
        {concernDecisions.map((d) => (
          <Radio
            key={d}
            value={d}
            label={t(`concerns.decision.options.${d}`)}
            aria-invalid={errors.decision ? true : undefined}
            {...register('decision', { required: true })}
          />
        ))}
        {errors.decision && <ValidationMessage id="decision-error">{errors.decision.message || t('fieldErrors.required')}</ValidationMessage>}
      </Fieldset>
      {choice === 'open_case' && (
        <Fieldset aria-describedby={errors.level ? 'decision-level-error' : undefined}>
          <Fieldset.Legend>{t('concerns.decision.level')}</Fieldset.Legend>
          {concernCaseLevels(levels.length).map((l) => (
            <Radio
              key={l}
              value={String(l)}
              label={<span lang={nameOf(l).lang}>{nameOf(l).label}</span>}
              aria-invalid={errors.level ? true : undefined}
              {...register('level', { validate: (v, all) => all.decision !== 'open_case' || v !== '' })}
            />
          ))}
          {errors.level && <ValidationMessage id="decision-level-error">{errors.level.message || t('fieldErrors.required')}</ValidationMessage>}
        </Fieldset>
      )}
      {choice === 'open_case' && openCases.length > 0 && (
        <Alert data-color="warning">
          <Heading level={3} data-size="xs">{t('concerns.decision.secondCase.title')}</Heading>
          <Paragraph>{t('concerns.decision.secondCase.text')}</Paragraph>
          <ul>
            {openCases.map((c) => (
              <li key={c.id}>
                <Link asChild>
                  <RouterLink to={`/saker/${c.id}`}>
                    {t('concerns.decision.secondCase.link', { unit: c.owningUnit.name, level: nameOf(c.level).label, holder: c.holder.name })}
                  </RouterLink>
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {choice === 'open_case' && levelRule && (
        <Alert data-color={levelRule === 'require' ? 'danger' : 'warning'}>
          <Paragraph>{t(levelRule === 'require' ? 'concerns.fieldErrors.needs_other_service' : 'concerns.decision.level2Alone')}</Paragraph>
        </Alert>
      )}
      <Textfield
        label={t('concerns.decision.reason')}
        description={t('concerns.decision.reasonHelp')}
        multiline
        rows={4}
        required
        maxLength={4000}
        {...register('reason', { validate: (v) => v.trim().length > 0 })}
        error={errors.reason && (errors.reason.message || t('fieldErrors.required'))}
      />
      <WriteError error={report.error} unmatched={[]} onReload={() => report.reset()} />
      <div className="samla-actions">
        <Button type="submit" loading={isSubmitting}>{t('concerns.decision.submit')}</Button>
      </div>
    </form>
  );
}
