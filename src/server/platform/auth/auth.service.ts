import type { Config } from '../../config.js';
import type { Db } from '../db/database.js';
import type { MunicipalRole, UnitRole } from '../db/schema.js';
import type { SessionRecord } from './sessions.js';
import { createSession, deleteSession } from './sessions.js';
import { notFound } from '../http/errors.js';
import {
  findActiveDemoUser, findMunicipalRolesOfUser, findResidentName, findSessionUser, findUnitsOfUser, listDemoUsers,
} from './auth.repository.js';
import type { SessionResponse } from '../../../contracts/session.js';

export function providers(config: Config) {
  return { staff: Boolean(config.staffOidc), resident: Boolean(config.residentOidc) };
}

export async function describeSession(db: Db, config: Config, session: SessionRecord | null): Promise<SessionResponse> {
  const base = { demoMode: config.demoMode, providers: providers(config) };
  if (!session) return { authenticated: false, ...base };
  let user: Extract<SessionResponse, { authenticated: true }>['user'] = null;
  if (session.kind === 'staff' && session.userId) {
    const u = await findSessionUser(db, session.userId);
    if (!u) return { authenticated: false, ...base };
    const memberships = await findUnitsOfUser(db, session.userId);
    const roles = await findMunicipalRolesOfUser(db, u.id);
    const units = new Map<string, { id: string; name: string; type: (typeof memberships)[number]['type']; roles: UnitRole[] }>();
    for (const m of memberships) {
      const entry = units.get(m.id) ?? { id: m.id, name: m.name, type: m.type, roles: [] };
      entry.roles.push(m.role);
      units.set(m.id, entry);
    }
    user = {
      id: u.id,
      name: u.name,
      tenant: { id: u.tenant_id, name: u.tenant_name, municipalityNumber: u.municipality_number, slug: u.tenant_slug, mainLanguage: u.tenant_main_language },
      municipalRoles: roles.map((r) => r.role as MunicipalRole),
      units: [...units.values()],
    };
  }
  return {
    authenticated: true,
    ...base,
    kind: session.kind,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt.toISOString(),
    idleMinutes: config.sessionIdleMinutes,
    user,
    // A resident has no user row, units or roles: only who they are, so the header can say it.
    resident: session.kind === 'resident' && session.residentPidHash
      ? { name: await findResidentName(db, session.residentPidHash) }
      : null,
  };
}

export async function demoUsers(db: Db) {
  const rows = await listDemoUsers(db);
  const people = rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.external_subject?.slice('demo:'.length) ?? '',
    municipalRoles: r.municipal_roles as MunicipalRole[],
    units: groupUnitRoles(r.units as { name: string; role: UnitRole }[]),
  }));
  return people.sort(byUnitThenRole);
}

type DemoPersonRow = { name: string; description: string; units: { name: string; roles: UnitRole[] }[] };
const ROLE_ORDER: Record<UnitRole, number> = { leader: 0, resource_person: 1, employee: 2 };
const collator = new Intl.Collator('nb');
/**
 * The picker reads as the municipality: the municipal roles first, then unit by unit with its
 * leader, resource person and employees together, so the kindergarten's leader is found beside
 * its teacher.
 */
function byUnitThenRole(a: DemoPersonRow, b: DemoPersonRow): number {
  const [ua, ub] = [a.units[0], b.units[0]];
  if (!ua || !ub) return (ua ? 1 : 0) - (ub ? 1 : 0) || collator.compare(a.description, b.description);
  return collator.compare(ua.name, ub.name)
    || Math.min(...ua.roles.map((r) => ROLE_ORDER[r])) - Math.min(...ub.roles.map((r) => ROLE_ORDER[r]))
    || collator.compare(a.name, b.name);
}

function groupUnitRoles(rows: { name: string; role: UnitRole }[]) {
  const byName = new Map<string, UnitRole[]>();
  for (const r of rows) byName.set(r.name, [...(byName.get(r.name) ?? []), r.role]);
  return [...byName].map(([name, roles]) => ({ name, roles }));
}

/** Demo login: only in demo mode, only as a demo person. The route is also refused outside demo mode. */
export async function demoLogin(db: Db, config: Config, userId: string) {
  if (!config.demoMode) throw notFound();
  const user = await findActiveDemoUser(db, userId);
  if (!user) throw notFound();
  return createSession(db, { kind: 'staff', tenantId: user.tenant_id, userId: user.id, via: 'demo' }, config.sessionIdleMinutes);
}

export async function logout(db: Db, session: SessionRecord | null): Promise<void> {
  if (session) await deleteSession(db, session.id);
}
