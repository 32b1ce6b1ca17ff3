import type { Trx } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import type { AddressProtection } from '../../platform/db/schema.js';
import { searchText, sortKey } from '../../platform/text/sort-key.js';
import * as writes from './registry-writes.repository.js';

/**
 * Registry writes for callers that already hold a tenant transaction (the CSV import writes one
 * batch per transaction). The caller has validated the data and decides who may write; this
 * module owns how it lands in the tables and audits it in the same transaction.
 */

export interface RegistryChild {
  nationalId: string; idType: string; birthDate: string; givenName: string; familyName: string;
  streetAddress: string | null; postalCode: string | null; city: string | null; addressProtection: AddressProtection;
}
export interface RegistryEnrolment { unitId: string; groupName: string | null; fromDate: string; toDate: string | null }
export interface RegistryGuardian {
  nationalId: string; name: string; phone: string | null; email: string | null; addressProtection: AddressProtection; parentalResponsibility: boolean;
}

/**
 * One child with the enrolments and guardians to upsert. Children of one batch have distinct
 * national ID numbers; a child's enrolments have distinct (unit, from date) and its guardians
 * distinct national ID numbers.
 */
export interface RegistryEntry {
  child: RegistryChild;
  enrolments: readonly RegistryEnrolment[];
  guardians: readonly RegistryGuardian[];
}

/**
 * Upserts children by national ID number, guardians by national ID number, their links, and
 * enrolments by (child, unit, from date); writes one child.import audit entry per child.
 * Address protection is only ever raised (strictest of stored and incoming, in the upsert).
 */
export async function upsertRegistryBatch(trx: Trx, actor: StaffActor, batch: readonly RegistryEntry[]): Promise<void> {
  const tenantId = actor.tenantId;
  const children = await writes.upsertChildren(trx, batch.map(({ child: c }) => ({
    tenantId, ...c, sortKey: sortKey(c.familyName, c.givenName), searchText: searchText(c.givenName, c.familyName),
  })));
  const childId = new Map(children.map((c) => [c.national_id, c.id]));

  // A guardian of siblings appears in several entries: written once per batch, the first
  // entry's name and contact details winning; the caller gives each number one protection.
  const guardianData = new Map<string, RegistryGuardian>();
  for (const p of batch) for (const g of p.guardians) if (!guardianData.has(g.nationalId)) guardianData.set(g.nationalId, g);
  const guardians = await writes.upsertGuardians(trx, [...guardianData.values()].map((g) => ({
    tenantId, nationalId: g.nationalId, name: g.name, sortKey: sortKey(g.name), phone: g.phone, email: g.email, addressProtection: g.addressProtection,
  })));
  const guardianId = new Map(guardians.map((g) => [g.national_id, g.id]));
  await writes.upsertChildGuardians(trx, batch.flatMap((p) => p.guardians.map((g) => ({
    tenantId, childId: childId.get(p.child.nationalId)!, guardianId: guardianId.get(g.nationalId)!, parentalResponsibility: g.parentalResponsibility,
  }))));

  const existing = new Map(
    (await writes.enrolmentsOfChildren(trx, [...childId.values()])).map((e) => [`${e.child_id}|${e.unit_id}|${e.from_date}`, e]),
  );
  const inserts: writes.EnrolmentWrite[] = [];
  const updates: { id: string; groupName: string | null; toDate: string | null }[] = [];
  for (const p of batch) {
    const cid = childId.get(p.child.nationalId)!;
    for (const e of p.enrolments) {
      const known = existing.get(`${cid}|${e.unitId}|${e.fromDate}`);
      if (!known) inserts.push({ tenantId, childId: cid, ...e });
      else if (known.group_name !== e.groupName || known.to_date !== e.toDate) updates.push({ id: known.id, groupName: e.groupName, toDate: e.toDate });
    }
  }
  await writes.insertEnrolments(trx, inserts);
  await writes.updateEnrolments(trx, updates);
  await appendAudit(trx, actor, children.map((c) => ({ action: 'child.import', entityType: 'child', entityId: c.id, childId: c.id })));
}
