import type { Trx } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import type { UnitRole, UnitType } from '../../platform/db/schema.js';
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

/** Units of one batch, with distinct sort keys (names compared as the API compares them). */
export interface UnitBatchEntry { name: string; type: UnitType; organisationNumber: string | null }

/**
 * A unit whose name (by sort key) exists gets the entry's type and organisation number; any
 * other is created. One unit.import audit entry per unit written.
 */
export async function upsertUnitBatch(trx: Trx, actor: StaffActor, units: readonly UnitBatchEntry[]): Promise<void> {
  const tenantId = actor.tenantId;
  const keyed = units.map((u) => ({ ...u, key: sortKey(u.name) }));
  const existing = new Map((await writes.allUnits(trx)).map((u) => [u.sort_key, u.id]));
  const updates = keyed.flatMap((u) => {
    const id = existing.get(u.key);
    return id ? [{ id, type: u.type, organisationNumber: u.organisationNumber }] : [];
  });
  const inserted = await writes.insertUnits(
    trx,
    keyed.filter((u) => !existing.has(u.key)).map((u) => ({ tenantId, name: u.name, sortKey: u.key, type: u.type, organisationNumber: u.organisationNumber })),
  );
  await writes.updateUnitsFromImport(trx, updates);
  const ids = [...inserted.map((u) => u.id), ...updates.map((u) => u.id)];
  await appendAudit(trx, actor, ids.map((id) => ({ action: 'unit.import', entityType: 'unit', entityId: id })));
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
