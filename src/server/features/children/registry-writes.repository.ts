import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { AddressProtection } from '../../platform/db/schema.js';
import { strictestProtectionSql } from './address-protection.js';

/**
 * Bulk writes of the registry (children, guardians, child_guardians, enrolments), used by the
 * CSV import through registry.service.ts: one statement per table and batch, so that 10,000 rows
 * are a few dozen round trips rather than tens of thousands. Callers pass rows without duplicates
 * of the conflict key (PostgreSQL refuses to update one row twice in one statement).
 */

export interface ChildWrite {
  tenantId: string;
  nationalId: string;
  idType: string;
  givenName: string;
  familyName: string;
  sortKey: string;
  searchText: string;
  birthDate: string;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  addressProtection: AddressProtection;
}

export async function upsertChildren(db: Executor, rows: ChildWrite[]) {
  if (rows.length === 0) return [];
  return db
    .insertInto('children')
    .values(rows.map((r) => ({
      tenant_id: r.tenantId, national_id: r.nationalId, id_type: r.idType, given_name: r.givenName, family_name: r.familyName,
      sort_key: r.sortKey, search_text: r.searchText, birth_date: r.birthDate, street_address: r.streetAddress,
      postal_code: r.postalCode, city: r.city, address_protection: r.addressProtection,
    })))
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'national_id']).doUpdateSet((eb) => ({
        id_type: eb.ref('excluded.id_type'),
        given_name: eb.ref('excluded.given_name'),
        family_name: eb.ref('excluded.family_name'),
        sort_key: eb.ref('excluded.sort_key'),
        search_text: eb.ref('excluded.search_text'),
        birth_date: eb.ref('excluded.birth_date'),
        street_address: eb.ref('excluded.street_address'),
        postal_code: eb.ref('excluded.postal_code'),
        city: eb.ref('excluded.city'),
        // An import raises protection, never lowers it (a file without the column lifts nothing).
        address_protection: strictestProtectionSql(sql.ref<AddressProtection>('children.address_protection'), eb.ref('excluded.address_protection')),
        updated_at: sql<Date>`now()`,
      })),
    )
    .returning(['id', 'national_id'])
    .execute();
}

export interface GuardianWrite {
  tenantId: string;
  nationalId: string;
  name: string;
  sortKey: string;
  phone: string | null;
  email: string | null;
  addressProtection: AddressProtection;
}

/** The file has no guardian address: an existing one is kept. */
export async function upsertGuardians(db: Executor, rows: GuardianWrite[]) {
  if (rows.length === 0) return [];
  return db
    .insertInto('guardians')
    .values(rows.map((r) => ({
      tenant_id: r.tenantId, national_id: r.nationalId, name: r.name, sort_key: r.sortKey, phone: r.phone, email: r.email,
      address_protection: r.addressProtection,
    })))
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'national_id']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        sort_key: eb.ref('excluded.sort_key'),
        phone: eb.ref('excluded.phone'),
        email: eb.ref('excluded.email'),
        address_protection: strictestProtectionSql(sql.ref<AddressProtection>('guardians.address_protection'), eb.ref('excluded.address_protection')),
      })),
    )
    .returning(['id', 'national_id'])
    .execute();
}

export async function upsertChildGuardians(db: Executor, rows: { tenantId: string; childId: string; guardianId: string; parentalResponsibility: boolean }[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('child_guardians')
    .values(rows.map((r) => ({ tenant_id: r.tenantId, child_id: r.childId, guardian_id: r.guardianId, parental_responsibility: r.parentalResponsibility })))
    .onConflict((oc) => oc.columns(['child_id', 'guardian_id']).doUpdateSet((eb) => ({ parental_responsibility: eb.ref('excluded.parental_responsibility') })))
    .execute();
}

export async function enrolmentsOfChildren(db: Executor, childIds: readonly string[]) {
  if (childIds.length === 0) return [];
  return db
    .selectFrom('enrolments')
    .select(['id', 'child_id', 'unit_id', 'from_date', 'to_date', 'group_name'])
    .where('child_id', 'in', [...childIds])
    .execute();
}

export interface EnrolmentWrite {
  tenantId: string;
  childId: string;
  unitId: string;
  groupName: string | null;
  fromDate: string;
  toDate: string | null;
}

export async function insertEnrolments(db: Executor, rows: EnrolmentWrite[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('enrolments')
    .values(rows.map((r) => ({
      tenant_id: r.tenantId, child_id: r.childId, unit_id: r.unitId, group_name: r.groupName, from_date: r.fromDate, to_date: r.toDate,
    })))
    .execute();
}

export async function updateEnrolments(db: Executor, rows: { id: string; groupName: string | null; toDate: string | null }[]) {
  if (rows.length === 0) return;
  const values = sql.join(rows.map((r) => sql`(${r.id}::uuid, ${r.groupName}::text, ${r.toDate}::date)`));
  await sql`UPDATE enrolments AS e SET group_name = v.group_name, to_date = v.to_date
    FROM (VALUES ${values}) AS v(id, group_name, to_date) WHERE e.id = v.id`.execute(db);
}
