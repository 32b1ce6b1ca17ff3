import { useState } from 'react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useReloadReport, useSendReport } from './api.js';
import { ReportErrorAlert } from './errors.js';

/** «Marker som sendt», behind a confirmation: a sent report can no longer change. */
export function SendReport(props: { id: string; version: number; onSent: () => void }) {
  const { t } = useTranslation();
  const send = useSendReport(props.id);
  const reload = useReloadReport(props.id);
  const [open, setOpen] = useState(false);
  const k = 'casePanels.report.page' as const;
  const close = () => {
    send.reset();
    setOpen(false);
  };

  return (
    <section aria-labelledby="send-heading" className="samla-stack">
      <Heading level={2} data-size="sm" id="send-heading">{t(`${k}.markSent`)}</Heading>
      <Paragraph>{t(`${k}.markSentHelp`)}</Paragraph>
      <div>
        <Button type="button" onClick={() => setOpen(true)}>{t(`${k}.markSent`)}</Button>
      </div>
      <Dialog open={open} onClose={close} modal closeButton={t('common.cancel')} aria-labelledby="send-dialog-heading" aria-describedby="send-dialog-text">
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="send-dialog-heading">{t(`${k}.confirmTitle`)}</Heading>
        </Dialog.Block>
        <Dialog.Block className="samla-stack">
          <Paragraph id="send-dialog-text">{t(`${k}.confirmText`)}</Paragraph>
          {send.isError && <ReportErrorAlert error={send.error} onReload={() => { close(); void reload(); }} />}
          <div className="samla-actions">
            <Button
              type="button"
              loading={send.isPending}
              onClick={() => send.mutateAsync({ version: props.version }).then(() => { setOpen(false); props.onSent(); }, () => undefined)}
            >
              {t(`${k}.confirm`)}
            </Button>
            <Button type="button" variant="secondary" onClick={close}>{t('common.cancel')}</Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </section>
  );
}
