import { useTranslation } from 'react-i18next';
import type { Address } from '../../../contracts/children.js';

/** A protected address never reaches the browser; the server sends only its protection level. */
export function AddressText({ address }: { address: Address }) {
  const { t } = useTranslation();
  if (address.protection !== 'none') return <>{t(`children.protectedAddress.${address.protection}`)}</>;
  const line2 = [address.postalCode, address.city].filter(Boolean).join(' ');
  const lines = [address.streetAddress, line2].filter(Boolean);
  if (lines.length === 0) return <>{t('children.noAddress')}</>;
  return <>{lines.join(', ')}</>;
}
