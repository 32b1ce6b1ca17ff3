import type { Db } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { notFound, validationError } from '../../platform/http/errors.js';
import { sortKey } from '../../platform/text/sort-key.js';
import { loadCaseForActor, withCaseTenant } from './case-access.js';
import { unitIdsOfUser } from './case-access.repository.js';
import { mayJoinCase } from './cases.policy.js';
import * as members from './members.repository.js';

/**
 * Adds a staff member (rule 3): anyone of the owning unit; anyone of another unit or service
 * only while a valid consent covers one of their units. Someone outside the tenant is simply
 * not found under row-level security, and gets the same field error as someone without grounds.
 */
export async function addMember(db: Db, actor: StaffActor, caseId: string, userId: string) {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row, facts } = await loadCaseForActor(trx, scoped, caseId, 'write');
    const user = await members.activeStaffUser(trx, userId);
    const grounds = user ? mayJoinCase(await unitIdsOfUser(trx, userId), facts) : null;
    if (!user || !grounds) {
      throw validationError([{ path: 'userId', code: 'needs_consent', message: 'This person works outside the owning unit and no valid consent covers their service' }]);
    }
    await members.addMember(trx, { tenantId: row.tenant_id, caseId, userId, addedBy: actor.userId });
    await appendAudit(trx, scoped, [{ action: 'case.member_add', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    return { id: caseId, version: row.version };
  });
}

export async function removeMember(db: Db, actor: StaffActor, caseId: string, userId: string) {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row } = await loadCaseForActor(trx, scoped, caseId, 'write');
    if (userId === row.holder_id) {
      throw validationError([{ path: 'userId', code: 'is_holder', message: 'The relay holder cannot be removed; hand the baton over first' }]);
    }
    if (!(await members.removeMember(trx, caseId, userId))) throw notFound();
    await appendAudit(trx, scoped, [{ action: 'case.member_remove', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    return { id: caseId, version: row.version };
  });
}

/** Staff one could add, each with the grounds that would allow it (or null: needs consent). */
export async function memberCandidates(db: Db, actor: StaffActor, caseId: string, query: string) {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row, facts } = await loadCaseForActor(trx, scoped, caseId, 'write');
    const key = sortKey(query);
    if (!key) return { items: [] };
    const found = await members.staffByName(trx, key, 20);
    await appendAudit(trx, scoped, [{ action: 'case.member_search', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    return {
      items: found.map((u) => ({
        id: u.id,
        name: u.name,
        units: [...new Set((u.units ?? []).map((x) => x.name))],
        roles: (u.units ?? []).map((x) => ({ unit: x.name, role: x.role })),
        joinableBy: mayJoinCase((u.units ?? []).map((x) => x.id), facts),
        isMember: facts.memberIds.has(u.id) || u.id === facts.holderId,
      })),
    };
  });
}
