import { useTranslation } from 'react-i18next';
import { SubNav } from './SubNav.js';

/** The administration sections; each page still has its own h1. */
export function AdminNav() {
  const { t } = useTranslation();
  const links = [
    { to: '/admin/enheter', label: t('admin.nav.units') },
    { to: '/admin/ansatte', label: t('admin.nav.staff') },
    { to: '/admin/import', label: t('admin.nav.import') },
    { to: '/admin/revisjonslogg', label: t('admin.nav.audit') },
    { to: '/admin/kommunen', label: t('admin.nav.tenant') },
  ];
  return <SubNav label={t('admin.nav.label')} links={links} />;
}
