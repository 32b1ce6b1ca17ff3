import { Button, Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuthenticatedSession, useIsSystemAdmin, useLogout } from '../api/session.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useContentAccess } from '../components/content-access.js';

export function Header() {
  const { t } = useTranslation();
  const session = useAuthenticatedSession();
  const isAdmin = useIsSystemAdmin();
  const content = useContentAccess();
  const logout = useLogout();
  const staff = session?.kind === 'staff';

  const onLogout = () => logout.mutate();

  const links = [
    { to: '/', label: t('nav.myWork'), end: true },
    { to: '/enheter', label: t('nav.units'), end: false },
    { to: '/barn', label: t('nav.children'), end: false },
    { to: '/bekymringer', label: t('concerns.nav.concerns'), end: false },
    { to: '/saker', label: t('concerns.nav.cases'), end: false },
    { to: '/tjenester', label: t('nav.catalogue'), end: false },
    ...(content.editor ? [{ to: '/innhold', label: t('nav.content'), end: false }] : []),
    ...(isAdmin ? [{ to: '/admin', label: t('nav.admin'), end: false }] : []),
  ];

  return (
    <header className="samla-header">
      <div className="samla-header__top">
        <div className="samla-brand">
          <span className="samla-brand__name">Samla</span>
          {session?.user && <span className="samla-brand__tenant">{session.user.tenant.name}</span>}
        </div>
        <div className="samla-header__tools">
          <LanguageSwitch />
          {session && (
            <div className="samla-user">
              {(session.user ?? session.resident)?.name && (
                <span className="samla-user__name">{(session.user ?? session.resident)?.name}</span>
              )}
              <Button variant="secondary" data-size="sm" onClick={onLogout} loading={logout.isPending}>
                {t('header.logout')}
              </Button>
            </div>
          )}
        </div>
      </div>
      {staff && (
        <nav aria-label={t('nav.label')} className="samla-nav">
          <ul>
            {links.map((l) => (
              <li key={l.to}>
                <Link asChild>
                  <NavLink to={l.to} end={l.end}>{l.label}</NavLink>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
