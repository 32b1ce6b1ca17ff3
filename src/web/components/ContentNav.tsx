import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useContentAccess } from './content-access.js';

/**
 * The parts of «Innhold» (the public content editors); each page still has its own h1.
 * Unit leaders edit services only, so they see that one part.
 */
export function ContentNav() {
  const { t } = useTranslation();
  const { coordinator } = useContentAccess();
  const links = [
    { to: '/innhold/tjenester', label: t('contentNav.services') },
    ...(coordinator
      ? [
          { to: '/innhold/veileder', label: t('contentNav.guide') },
          { to: '/innhold/dokumenter', label: t('contentNav.documents') },
        ]
      : []),
  ];
  return (
    <nav aria-label={t('contentNav.label')} className="samla-subnav">
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
