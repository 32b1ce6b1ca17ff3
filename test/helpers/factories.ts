import type { Db } from '../../src/server/platform/db/database.js';
import type { AddressProtection, MunicipalRole, UnitRole, UnitType } from '../../src/server/platform/db/schema.js';
import { createSession } from '../../src/server/platform/auth/sessions.js';
import { searchText, sortKey } from '../../src/server/platform/text/sort-key.js';
import { syntheticNationalId } from '../../src/server/features/children/national-id.js';

/** Test data through the owner connection, with sensible defaults. Names are made up. */
let counter = 0;
const next = () => ++counter;

export async function buildTenant(db: Db, over: { name?: string; municipalityNumber?: string } = {}) {
  const n = next();
  return db
    .insertInto('tenants')
    .values({ name: over.name ?? `Testkommune ${n}`, municipality_number: over.municipalityNumber ?? String(1000 + (n % 8999)).padStart(4, '0') })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildUnit(db: Db, tenantId: string, over: { name?: string; type?: UnitType } = {}) {
  const name = over.name ?? `Enhet ${next()}`;
  return db
    .insertInto('units')
    .values({ tenant_id: tenantId, name, sort_key: sortKey(name), type: over.type ?? 'primary_school' })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function buildUser(
  db: Db,
  tenantId: string,
  over: { name?: string; units?: [string, UnitRole][]; municipalRoles?: MunicipalRole[]; externalSubject?: string; active?: boolean } = {},
) {
  const n = next();
  const name = over.name ?? `Ansatt ${n}`;
  const user = await db
    .insertInto('users')
    .values({
      tenant_id: tenantId, name, sort_key: sortKey(name), email: `ansatt${n}@example.test`,
      external_subject: over.externalSubject ?? null, active: over.active ?? true,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const [unitId, role] of over.units ?? []) {
    await db.insertInto('unit_memberships').values({ tenant_id: tenantId, user_id: user.id, unit_id: unitId, role }).execute();
  }
  for (const role of over.municipalRoles ?? []) {
    await db.insertInto('user_municipal_roles').values({ tenant_id: tenantId, user_id: user.id, role }).execute();
  }
  return user;
}

export async function buildChild(
  db: Db,
  tenantId: string,
  over: {
    givenName?: string; familyName?: string; birthDate?: string; unitId?: string; groupName?: string;
    fromDate?: string; toDate?: string | null; addressProtection?: AddressProtection;
  } = {},
) {
  const n = next();
  const birthDate = over.birthDate ?? '2015-05-17';
  const givenName = over.givenName ?? `Barn${n}`;
  const familyName = over.familyName ?? 'Testesen';
  const child = await db
    .insertInto('children')
    .values({
      tenant_id: tenantId, national_id: syntheticNationalId(birthDate, n), id_type: 'tnr', given_name: givenName, family_name: familyName,
      sort_key: sortKey(familyName, givenName), search_text: searchText(givenName, familyName), birth_date: birthDate,
      street_address: 'Testveien 1', postal_code: '0001', city: 'Testby', address_protection: over.addressProtection ?? 'none',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (over.unitId) {
    await db
      .insertInto('enrolments')
      .values({ tenant_id: tenantId, child_id: child.id, unit_id: over.unitId, group_name: over.groupName ?? '5A', from_date: over.fromDate ?? '2020-08-15', to_date: over.toDate ?? null })
      .execute();
  }
  return child;
}

export async function buildGuardian(
  db: Db,
  tenantId: string,
  childId: string,
  over: { name?: string; parentalResponsibility?: boolean; addressProtection?: AddressProtection } = {},
) {
  const n = next();
  const name = over.name ?? `Forelder ${n}`;
  const guardian = await db
    .insertInto('guardians')
    .values({
      // The year varies with n: neighbouring n land on the same number when a checksum skips
      // one, and the guardians of one tenant must have different numbers.
      tenant_id: tenantId, national_id: syntheticNationalId(`${1970 + (n % 20)}-02-03`, n), name, sort_key: sortKey(name),
      street_address: 'Foreldreveien 2', postal_code: '0002', city: 'Testby', address_protection: over.addressProtection ?? 'none',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('child_guardians')
    .values({ tenant_id: tenantId, child_id: childId, guardian_id: guardian.id, parental_responsibility: over.parentalResponsibility ?? true })
    .execute();
  return guardian;
}

/** Headers for inject() as a logged-in staff user: the session cookie and its CSRF token. */
export async function sessionHeaders(db: Db, user: { id: string; tenant_id: string }, idleMinutes = 30) {
  const s = await createSession(db, { kind: 'staff', tenantId: user.tenant_id, userId: user.id, via: 'demo' }, idleMinutes);
  return { cookie: `samla_session=${s.token}`, 'x-csrf-token': s.csrfToken };
}
