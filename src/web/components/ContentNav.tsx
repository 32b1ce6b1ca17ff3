import { useTranslation } from 'react-i18next';
import { SubNav } from './SubNav.js';
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
          { to: '/innhold/nivaer', label: t('contentNav.levels') },
          { to: '/innhold/dokumenter', label: t('contentNav.documents') },
        ]
      : []),
  ];
  return <SubNav label={t('contentNav.label')} links={links} />;
}
