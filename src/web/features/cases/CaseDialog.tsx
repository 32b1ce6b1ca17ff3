import type { ReactNode } from 'react';
import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * A modal form on the case page. It stays mounted and is opened and closed (not unmounted),
 * so that the browser gives focus back to the button that opened it.
 */
export function CaseDialog(props: { id: string; open: boolean; onClose: () => void; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      modal
      closeButton={t('cases.dialogClose')}
      aria-labelledby={`${props.id}-heading`}
      className="samla-case-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={`${props.id}-heading`}>{props.title}</Heading>
      </Dialog.Block>
      <Dialog.Block>{props.children}</Dialog.Block>
    </Dialog>
  );
}
