import type { Trx } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import type { ImportRejection, UnitRole, UnitType } from '../../platform/db/schema.js';
import { sortKey } from '../../platform/text/sort-key.js';
import * as writes from './batch-writes.repository.js';

/**
 * Units and staff written in bulk by callers that already hold a tenant transaction (the CSV
 * import writes one batch per transaction). The caller has validated the data and decides who
 * may write; this module owns how it lands in the tables and audits it in the same transaction.
 */

/** All of the tenant's units with their sort key, archived ones included: files name units by name. */
export function unitsForMatching(trx: Trx) {
  return writes.allUnits(trx);
}

/** Existing users whose e-mail matches any of `emails` (given in lower case), with the address as stored. */
export function usersByEmail(trx: Trx, emails: readonly string[]) {
  return writes.usersByEmail(trx, emails);
}

/**
 * Units of one batch, with distinct sort keys (names compared as the API compares them).
 * `parentName`: the unit it is a department of, an existing unit or one earlier in the file;
 * `row` names the file's row in a rejection.
 */
export interface UnitBatchEntry { name: string; type: UnitType; organisationNumber: string | null; parentName?: string | null; row?: number }

/**
 * Which entries' parents can be set, in file order: the parent must be a unit already or an
 * entry before it, and must not be the unit or one below it (a cycle) — judged on the units as
 * they will be after each earlier entry, as the rows are written. A refused entry is not written.
 */
function planParents(entries: readonly (UnitBatchEntry & { key: string })[], existing: readonly { id: string; sort_key: string; parent_id: string | null }[]) {
  const keyOf = new Map(existing.map((u) => [u.id, u.sort_key]));
  const parentOf = new Map(existing.flatMap((u) => (u.parent_id && keyOf.has(u.parent_id) ? [[u.sort_key, keyOf.get(u.parent_id)!] as const] : [])));
  const known = new Set(existing.map((u) => u.sort_key));
  const rejections: ImportRejection[] = [];
  const accepted: (UnitBatchEntry & { key: string; parentKey: string | null })[] = [];
  for (const e of entries) {
    const parentKey = e.parentName ? sortKey(e.parentName) : null;
    const reject = (code: string) => rejections.push({ row: e.row ?? 0, field: 'overordnet', code });
    if (parentKey !== null) {
      if (parentKey === e.key) { reject('parent_self'); continue; }
      if (!known.has(parentKey)) { reject('unknown_unit'); continue; }
      let up: string | undefined = parentKey;
      for (let depth = 0; up !== undefined && up !== e.key && depth < 100; depth++) up = parentOf.get(up);
      if (up === e.key) { reject('parent_cycle'); continue; }
      parentOf.set(e.key, parentKey);
    }
    known.add(e.key);
    accepted.push({ ...e, parentKey });
  }
  return { accepted, rejections };
}

/**
 * A unit whose name (by sort key) exists gets the entry's type and organisation number; any
 * other is created; a parent named is set (none named: the parent stays as it is). One
 * unit.import audit entry per unit written; entries whose parent cannot be set are refused.
 */
export async function upsertUnitBatch(trx: Trx, actor: StaffActor, units: readonly UnitBatchEntry[]): Promise<ImportRejection[]> {
  const tenantId = actor.tenantId;
  const all = await writes.allUnits(trx);
  const { accepted: keyed, rejections } = planParents(units.map((u) => ({ ...u, key: sortKey(u.name) })), all);
  const existing = new Map(all.map((u) => [u.sort_key, u.id]));
  const updates = keyed.flatMap((u) => {
    const id = existing.get(u.key);
    return id ? [{ id, type: u.type, organisationNumber: u.organisationNumber }] : [];
  });
  const inserted = await writes.insertUnits(
    trx,
    keyed.filter((u) => !existing.has(u.key)).map((u) => ({ tenantId, name: u.name, sortKey: u.key, type: u.type, organisationNumber: u.organisationNumber })),
  );
  await writes.updateUnitsFromImport(trx, updates);
  for (const u of inserted) existing.set(u.sort_key, u.id);
  for (const u of keyed) {
    if (u.parentKey !== null) await writes.setUnitParent(trx, existing.get(u.key)!, existing.get(u.parentKey)!);
  }
  const ids = [...inserted.map((u) => u.id), ...updates.map((u) => u.id)];
  await appendAudit(trx, actor, ids.map((id) => ({ action: 'unit.import', entityType: 'unit', entityId: id })));
  return rejections;
}

/**
 * Staff users of one batch, with distinct e-mail addresses; an existing user is passed with
 * the address as stored, since the upsert matches on it exactly.
 */
export interface StaffBatchEntry {
  email: string;
  name: string;
  externalSubject: string | null;
  /** blank keeps the stored function */
  staffFunction?: string | null;
  roles: readonly { unitId: string; role: UnitRole }[];
}

/**
 * Users are upserted by e-mail (a blank login id keeps the stored one); unit roles are added,
 * never removed. One user.import audit entry per user written.
 */
export async function upsertStaffBatch(trx: Trx, actor: StaffActor, users: readonly StaffBatchEntry[]): Promise<void> {
  const tenantId = actor.tenantId;
  const written = await writes.upsertUsers(
    trx,
    users.map((u) => ({ tenantId, name: u.name, sortKey: sortKey(u.name), email: u.email, externalSubject: u.externalSubject, staffFunction: u.staffFunction ?? null })),
  );
  const idByEmail = new Map(written.map((w) => [w.email, w.id]));
  await writes.addMemberships(
    trx,
    users.flatMap((u) => u.roles.map((r) => ({ tenantId, userId: idByEmail.get(u.email)!, unitId: r.unitId, role: r.role }))),
  );
  await appendAudit(trx, actor, written.map((w) => ({ action: 'user.import', entityType: 'user', entityId: w.id })));
}
