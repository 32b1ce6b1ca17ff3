import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { requireAccess } from '../../platform/access/require-access.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.js';
import { notFound } from '../../platform/http/errors.js';
import { todayInNorway } from '../../platform/text/dates.js';
import type { ChildDetail, ChildSearchRequest, ChildSummary, ChildWork } from '../../../contracts/children.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { casesOfChildForActor } from '../cases/cases-of-child.js';
import { concernsOfChildForActor } from '../concerns/concerns-of-child.js';
import { effectiveProtection, presentAddress } from './address-protection.js';
import { narrowToUnit, registryScope } from './children.policy.js';
import * as repo from './children.repository.js';

const NATIONAL_ID = /^\d{11}$/;

export async function searchChildren(db: Db, actor: Actor, req: Required<Pick<ChildSearchRequest, 'query' | 'limit'>> & ChildSearchRequest) {
  const tenantId = actor.tenantId;
  const scope = narrowToUnit(registryScope(actor), req.unitId);
  if (!tenantId || scope.kind === 'none') return { items: [], nextCursor: null };
  const query = req.query.trim().toLowerCase();
  const compact = query.replace(/\s/g, '');
  const nationalId = NATIONAL_ID.test(compact) ? compact : undefined;
  const tokens = nationalId ? [] : query.split(/\s+/).filter(Boolean).slice(0, 5);
  const after = decodeCursor(req.cursor, 2) as [string, string] | undefined;
  const limit = req.limit;
  const today = todayInNorway();

  return withTenant(db, tenantId, async (trx) => {
    const rows = await repo.searchChildren(trx, { scope, nationalId, tokens, after, limit: limit + 1, today });
    const pageRows = rows.slice(0, limit);
    const items: ChildSummary[] = pageRows.map((r) => ({
      id: r.id,
      givenName: r.given_name,
      familyName: r.family_name,
      birthDate: r.birth_date,
      units: r.units,
    }));
    await appendAudit(trx, actor, items.map((c) => ({ action: 'child.search', entityType: 'child', entityId: c.id, childId: c.id })));
    const last = pageRows[pageRows.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.sort_key, last.id]) : null };
  });
}

export async function getChild(db: Db, actor: Actor, childId: string): Promise<ChildDetail> {
  const tenantId = actor.tenantId;
  if (!tenantId) throw notFound();
  const scope = registryScope(actor);
  const today = todayInNorway();
  return withTenant(db, tenantId, async (trx) => {
    await requireAccess([childId], (ids) => repo.childIdsInScope(trx, scope, ids, today));
    const child = await repo.findChild(trx, childId);
    if (!child) throw notFound();
    const [enrolments, guardians] = await Promise.all([repo.enrolmentsOf(trx, childId), repo.guardiansOf(trx, childId)]);
    await appendAudit(trx, actor, [{ action: 'child.read', entityType: 'child', entityId: childId, childId }]);
    // One protection for the whole household: a protected guardian's address is usually the
    // child's, and a protected child's address is usually a guardian's.
    const protection = effectiveProtection(child.address_protection, guardians.map((g) => g.address_protection));
    return {
      id: child.id,
      nationalId: child.national_id,
      idType: child.id_type,
      givenName: child.given_name,
      familyName: child.family_name,
      birthDate: child.birth_date,
      address: presentAddress(protection, child),
      enrolments: enrolments.map((e) => ({
        id: e.id,
        unit: { id: e.unit_id, name: e.unit_name, type: e.unit_type },
        groupName: e.group_name,
        fromDate: e.from_date,
        toDate: e.to_date,
      })),
      guardians: guardians.map((g) => ({
        id: g.id,
        name: g.name,
        relation: g.relation,
        parentalResponsibility: g.parental_responsibility,
        phone: g.phone,
        email: g.email,
        address: presentAddress(protection, g),
      })),
    };
  });
}

/**
 * The child's concerns and cases on the child's page, each by its own access rule (the concern
 * policy's scopes, the case policy's SQL twin): nothing the user could not open is listed.
 */
export async function childWork(db: Db, actor: StaffActor, childId: string): Promise<ChildWork> {
  const today = todayInNorway();
  return withTenant(db, actor.tenantId, async (trx) => {
    await requireAccess([childId], (ids) => repo.childIdsInScope(trx, registryScope(actor), ids, today));
    const concerns = await concernsOfChildForActor(trx, actor, childId);
    const cases = await casesOfChildForActor(trx, actor, childId, today);
    return { concerns, cases };
  });
}

/**
 * Of `childIds`, those enrolled today in one of `unitIds`: for other features that act on a
 * child from a unit (opening a case, registering a concern) and must not read the registry's
 * repository themselves.
 */
export async function childrenEnrolledIn(trx: Trx, unitIds: readonly string[], childIds: readonly string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  return repo.childIdsInScope(trx, { kind: 'units', unitIds: [...unitIds] }, childIds, todayInNorway());
}
