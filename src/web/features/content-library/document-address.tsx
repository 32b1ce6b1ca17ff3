import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { fill, slot } from '../../components/fill.js';

/**
 * A document's public address, as the public pages build it (/k/<municipality>/dokumenter/<slug>),
 * with this site's origin: the slug can never change once the document exists, so the editor sees
 * the whole address as it types and confirms it before the document is made.
 */
export function publicDocumentAddress(origin: string, tenantSlug: string, slug: string): string {
  return `${origin}/k/${encodeURIComponent(tenantSlug)}/dokumenter/${encodeURIComponent(slug)}`;
}

/** The address in running text: wraps anywhere (it has no spaces), so a phone's width never scrolls sideways. */
const Address = ({ address }: { address: string }) => <code className="samla-library-address">{address}</code>;

/** «Den offentlige adressen blir …», updated as the slug is typed (part of the slug field's description). */
export function AddressPreview({ address }: { address: string }) {
  const { t } = useTranslation();
  return <span className="samla-library-address-line">{fill(t('contentLibrary.create.address', { address: slot(0) }), [<Address key="a" address={address} />])}</span>;
}

/**
 * Asks before the document is made, naming the address. Opened and closed, never unmounted, so the
 * browser gives focus back to the button that opened it; «Endre adressen» puts it in the slug field.
 */
export function ConfirmAddressDialog(props: {
  open: boolean; address: string; pending: boolean; onConfirm: () => void; onChangeAddress: () => void; onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onClose={props.onClose} modal closeButton={t('common.cancel')} aria-labelledby="confirm-address-heading">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="confirm-address-heading">{t('contentLibrary.create.confirmTitle')}</Heading>
      </Dialog.Block>
      <Dialog.Block className="samla-stack">
        <Paragraph>{fill(t('contentLibrary.create.confirmText', { address: slot(0) }), [<Address key="a" address={props.address} />])}</Paragraph>
        <div className="samla-actions">
          <Button type="button" loading={props.pending} onClick={props.onConfirm}>{t('contentLibrary.create.confirm')}</Button>
          <Button type="button" variant="secondary" onClick={props.onChangeAddress}>{t('contentLibrary.create.changeAddress')}</Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
