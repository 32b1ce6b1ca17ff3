import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

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
  return (
    <nav aria-label={t('admin.nav.label')} className="samla-subnav">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <Link asChild><NavLink to={l.to}>{l.label}</NavLink></Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
