import { useState } from 'react';
import { Button, Dialog, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { GuideStepDetail } from '../../../contracts/guide.js';
import { ApiError } from '../../api/client.js';
import { useBokmalLang } from '../../components/content-lang.js';
import { fill, slot } from '../../components/fill.js';
import { useDeleteStep } from './api.js';
import { GuideErrorAlert } from './errors.js';
import { stepsLeadingTo } from './step-form.js';

/**
 * Delete a step, after asking. A step that other steps lead to, or the only start, cannot go: the
 * dialog says why and names the steps to change first (the server refuses the same with
 * step_in_use, which can still happen when someone else just added such a choice).
 */
export function DeleteStep({ step, steps, onDeleted }: { step: GuideStepDetail; steps: GuideStepDetail[]; onDeleted: (title: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const remove = useDeleteStep();
  const bokmal = useBokmalLang();
  const leading = stepsLeadingTo(step, steps);
  const onlyStart = step.kind === 'start' && !steps.some((s) => s.id !== step.id && s.kind === 'start');
  const refused = remove.error instanceof ApiError && remove.error.code === 'step_in_use';
  const blocked = leading.length > 0 || onlyStart;
  const close = () => {
    setOpen(false);
    remove.reset();
  };

  return (
    <>
      <div>
        <Button variant="secondary" data-color="danger" onClick={() => setOpen(true)}>{t('contentGuide.delete.button')}</Button>
      </div>
      <Dialog open={open} onClose={close} modal closeButton={t('contentGuide.delete.close')} aria-labelledby="delete-step-heading" className="samla-guide-dialog">
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="delete-step-heading">
            {blocked ? t('contentGuide.delete.cannotTitle') : t('contentGuide.delete.title')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block className="samla-stack">
          {blocked ? (
            <>
              {onlyStart && <Paragraph>{t('contentGuide.delete.onlyStart')}</Paragraph>}
              {leading.length > 0 && (
                <>
                  <Paragraph>{t('contentGuide.delete.inUse')}</Paragraph>
                  <List.Unordered>
                    {leading.map((s) => (
                      <List.Item key={s.id}>
                        <Link asChild><RouterLink to={`/innhold/veileder/steg/${s.id}`} lang={bokmal}>{s.content.nb.title}</RouterLink></Link>
                      </List.Item>
                    ))}
                  </List.Unordered>
                  <Paragraph>{t('contentGuide.delete.inUseFix')}</Paragraph>
                </>
              )}
              <div className="samla-actions">
                <Button variant="secondary" onClick={close}>{t('contentGuide.delete.close')}</Button>
              </div>
            </>
          ) : (
            <>
              <Paragraph>{fill(t('contentGuide.delete.confirmText', { title: slot(0) }), [<span key="title" lang={bokmal}>{step.content.nb.title}</span>])}</Paragraph>
              {remove.isError && <GuideErrorAlert error={remove.error} />}
              {refused && <Paragraph>{t('contentGuide.delete.inUseFix')}</Paragraph>}
              <div className="samla-actions">
                <Button
                  data-color="danger"
                  loading={remove.isPending}
                  onClick={() => void remove.remove(step.id, () => onDeleted(step.content.nb.title)).catch(() => undefined)}
                >
                  {t('contentGuide.delete.confirm')}
                </Button>
                <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
              </div>
            </>
          )}
        </Dialog.Block>
      </Dialog>
    </>
  );
}
