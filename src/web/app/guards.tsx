import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { sessionEndedInThisTab, takeOtherPersonAfterExpiry, useSession } from '../api/session.js';
import { Loading } from '../components/Loading.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { NotFoundPage } from '../components/ErrorPages.js';

/**
 * Pages behind login: without a session, go to /login and come back here afterwards (a path of
 * ids only) — unless a session ended in this tab: then the page was the previous person's, and
 * the next person to log in starts on their own front page.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const authenticated = session.data?.authenticated === true;
  // Someone else logged in where a session had run out: not the previous person's page.
  useEffect(() => {
    if (authenticated && takeOtherPersonAfterExpiry()) navigate('/', { replace: true });
  }, [authenticated, session.data, navigate]);
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (!session.data.authenticated) {
    const returnTo = location.pathname + location.search;
    const target = returnTo === '/' || sessionEndedInThisTab() ? '/login' : `/login?returnTo=${encodeURIComponent(returnTo)}`;
    return <Navigate to={target} replace />;
  }
  return <Outlet />;
}

/** Administration is for system administrators; others get the same 404 as the API gives them. */
export function RequireAdmin() {
  const session = useSession();
  const isAdmin = session.data?.authenticated && session.data.user?.municipalRoles.includes('system_admin');
  return isAdmin ? <Outlet /> : <NotFoundPage />;
}

/**
 * Staff work (children, units, concerns, case lists, reports of concern, handovers): a guardian
 * or young person who types such an address gets the 404 the API would give them, not staff
 * pages whose requests all fail. Only inside RequireSession, so the session is known.
 */
export function RequireStaff() {
  const session = useSession();
  return session.data?.authenticated && session.data.kind === 'staff' ? <Outlet /> : <NotFoundPage />;
}
