import { useState } from 'react';
import { Alert, Button, Fieldset, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../contracts/cases.js';
import { hasFieldProblems } from '../../components/errors.js';
import { useLevels } from '../../components/levels.js';
import { useChangeLevel } from './api.js';
import { CaseDialog } from './CaseDialog.js';
import { CaseErrorAlert, Unmatched, useCaseFieldErrors } from './case-errors.js';

interface Values {
  level: string;
  reason: string;
}

/** Every level change has a reason; it becomes the level change entry in the log. */
export function LevelDialog(props: { caseDetail: CaseDetail; open: boolean; onClose: () => void; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const c = props.caseDetail;
  const change = useChangeLevel(c.id);
  const { caseLevels, nameOf } = useLevels();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { register, handleSubmit, reset, setError, watch, formState: { errors } } = useForm<Values>({ defaultValues: { level: '', reason: '' } });
  // Levels 2 and 3 presuppose another service (BTI's numbering; the municipality's levels may come to name them).
  const alone = Number(watch('level')) >= 2 && !c.otherServiceInvolved;
  const serverErrors = useCaseFieldErrors(setError, ['level', 'reason']);

  const close = () => {
    change.reset();
    setUnmatched([]);
    props.onClose();
  };
  const onSubmit = handleSubmit((values) => {
    setUnmatched([]);
    const level = Number(values.level);
    change.mutate({ level, reason: values.reason, version: c.version }, {
      onSuccess: () => {
        reset();
        close();
        props.onDone(t('cases.done.level'));
      },
      onError: (error) => setUnmatched(serverErrors(error)),
    });
  });

  return (
    <CaseDialog id="level-dialog" open={props.open} onClose={close} title={t('cases.levelDialog.title')}>
      <form onSubmit={onSubmit} noValidate className="samla-form">
        {change.isError && !hasFieldProblems(change.error) && <CaseErrorAlert error={change.error} caseId={c.id} onReloaded={() => change.reset()} />}
        <Unmatched messages={unmatched} />
        <Fieldset>
          <Fieldset.Legend>{t('cases.levelDialog.level')}</Fieldset.Legend>
          {caseLevels.map((level) => (
            <Radio
              key={level}
              value={String(level)}
              disabled={c.level === level}
              label={<><span lang={nameOf(level).lang}>{nameOf(level).label}</span>{c.level === level && ` (${t('cases.levelDialog.current')})`}</>}
              aria-invalid={errors.level ? true : undefined}
              {...register('level', { required: true })}
            />
          ))}
          {errors.level && <ValidationMessage>{errors.level.message || t('fieldErrors.required')}</ValidationMessage>}
        </Fieldset>
        {alone && (
          <Alert data-color={c.levelWithoutOtherService === 'require' ? 'danger' : 'warning'}>
            <Paragraph>{t(c.levelWithoutOtherService === 'require' ? 'cases.levelDialog.aloneRequire' : 'cases.levelDialog.aloneWarn')}</Paragraph>
          </Alert>
        )}
        <Textfield
          multiline
          rows={4}
          label={t('cases.levelDialog.reason')}
          description={t('cases.levelDialog.reasonHelp')}
          required
          {...register('reason', { validate: (v) => v.trim().length > 0 })}
          error={errors.reason && (errors.reason.message || t('fieldErrors.required'))}
        />
        <div className="samla-actions">
          <Button type="submit" loading={change.isPending}>{t('cases.levelDialog.submit')}</Button>
          <Button type="button" variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </div>
      </form>
    </CaseDialog>
  );
}
