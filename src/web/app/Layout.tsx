import { Suspense, useEffect, useRef } from 'react';
import { SkipLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { Loading } from '../components/Loading.js';
import { SessionTimeout } from '../features/auth/SessionTimeout.js';
import { Header } from './Header.js';

export function Layout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);

  // After client-side navigation, move focus to the new content, as a page load would.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <>
      <SkipLink href="#main">{t('layout.skipToMain')}</SkipLink>
      <Header />
      <main id="main" ref={main} tabIndex={-1} className="samla-main">
        {/* Pages loaded on demand (administration) show Loading until their code has arrived. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <SessionTimeout />
    </>
  );
}
