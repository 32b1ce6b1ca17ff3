import { Outlet } from 'react-router';
import { useAuthenticatedSession } from '../api/session.js';
import { NotFoundPage } from './ErrorPages.js';

/**
 * Who edits the public content, as the session tells it: municipal coordinators edit
 * everything (services, the action guide, documents); unit leaders the services of their own
 * units. The server decides per service (GET /api/content/rights); this only shapes navigation.
 */
export function useContentAccess() {
  const user = useAuthenticatedSession()?.user;
  const coordinator = user?.municipalRoles.includes('municipal_coordinator') ?? false;
  const leader = user?.units.some((u) => u.roles.includes('leader')) ?? false;
  return { coordinator, leader, editor: coordinator || leader };
}

/** /innhold: coordinators and unit leaders; anyone else gets the 404 the editor API gives them. */
export function RequireContentEditor() {
  return useContentAccess().editor ? <Outlet /> : <NotFoundPage />;
}

/** The action guide and the document library: municipal coordinators only. */
export function RequireCoordinator() {
  return useContentAccess().coordinator ? <Outlet /> : <NotFoundPage />;
}
