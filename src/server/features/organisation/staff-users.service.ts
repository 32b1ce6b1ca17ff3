import type { z } from 'zod';
import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { Actor, StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.js';
import { conflict, notFound, validationError, type FieldProblem } from '../../platform/http/errors.js';
import { sortKey } from '../../platform/text/sort-key.js';
import type { StaffUser, staffUserInput, staffUserPatch, staffUserSearchRequest } from '../../../contracts/organisation.js';
import type { MunicipalRole, UnitRole } from '../../platform/db/schema.js';
import { assertSelfChangeAllowed, requireOrganisationAdmin } from './organisation.policy.js';
import { mapUniqueViolation } from './organisation.service.js';
import * as repo from './organisation.repository.js';

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.findUser>>>;
type UnitRoleInput = { unitId: string; role: UnitRole };

const normaliseEmail = (email: string) => email.trim().toLowerCase();

const duplicateEmail = () =>
  conflict('duplicate_email', 'Another user has this e-mail address', [
    { path: 'email', code: 'duplicate_email', message: 'Another user has this e-mail address' },
  ]);
const duplicateSubject = () =>
  conflict('duplicate_external_subject', 'Another user has this login id', [
    { path: 'externalSubject', code: 'duplicate_external_subject', message: 'Another user has this login id' },
  ]);
const uniqueConstraints = { users_tenant_id_email_key: duplicateEmail, users_external_subject: duplicateSubject };

async function presentUsers(trx: Trx, rows: UserRow[]): Promise<StaffUser[]> {
  const roles = await repo.rolesOfUsers(trx, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    externalSubject: r.external_subject,
    staffFunction: (r.staff_function as StaffUser['staffFunction']) ?? null,
    active: r.active,
    municipalRoles: roles.municipal.filter((m) => m.user_id === r.id).map((m) => m.role),
    unitRoles: roles.units.filter((u) => u.user_id === r.id).map((u) => ({ unitId: u.unit_id, unitName: u.unit_name, role: u.role })),
  }));
}

async function loadUser(trx: Trx, id: string): Promise<StaffUser> {
  const row = await repo.findUser(trx, id);
  if (!row) throw notFound();
  return (await presentUsers(trx, [row]))[0]!;
}

export async function searchStaffUsers(db: Db, actor: Actor, req: z.output<typeof staffUserSearchRequest>) {
  const admin = requireOrganisationAdmin(actor);
  const after = decodeCursor(req.cursor, 2) as [string, string] | undefined;
  const q = req.query?.trim();
  return withTenant(db, admin.tenantId, async (trx) => {
    const rows = await repo.listUsers(trx, {
      nameKey: q ? sortKey(q) : undefined, emailPart: q ? q.toLowerCase() : undefined, unitId: req.unitId, after, limit: req.limit + 1,
    });
    const pageRows = rows.slice(0, req.limit);
    const last = pageRows[pageRows.length - 1];
    return { items: await presentUsers(trx, pageRows), nextCursor: rows.length > req.limit && last ? encodeCursor([last.sort_key, last.id]) : null };
  });
}

export async function getStaffUser(db: Db, actor: Actor, id: string): Promise<StaffUser> {
  const admin = requireOrganisationAdmin(actor);
  return withTenant(db, admin.tenantId, (trx) => loadUser(trx, id));
}

/** The same unit role twice is one role; order of the request is kept. */
function distinctUnitRoles(roles: readonly UnitRoleInput[]): UnitRoleInput[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const k = `${r.unitId}:${r.role}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Everything that must hold before writing, as field-level problems; nothing is written until it passes. */
async function checkUserInput(
  trx: Trx,
  userId: string | null,
  v: { email?: string; unitRoles?: readonly UnitRoleInput[] },
): Promise<void> {
  if (v.unitRoles) {
    // Another tenant's unit is invisible under RLS, so it is «unknown» like one that does not exist.
    const known = await repo.existingUnitIds(trx, v.unitRoles.map((r) => r.unitId));
    const problems: FieldProblem[] = [];
    v.unitRoles.forEach((r, i) => {
      if (!known.has(r.unitId)) problems.push({ path: `unitRoles.${i}.unitId`, code: 'unknown_unit', message: 'Unknown unit' });
    });
    if (problems.length) throw validationError(problems);
  }
  if (v.email !== undefined) {
    const holders = await repo.userIdsByEmail(trx, [v.email]);
    if (holders.some((h) => h.id !== userId)) throw duplicateEmail();
  }
}

/**
 * Runs on the owner connection BEFORE the tenant transaction opens: on PGlite the pool has one
 * connection, so a second connection asked for inside the transaction would wait forever.
 */
async function checkExternalSubject(db: Db, admin: StaffActor, userId: string | null, subject: string | null | undefined) {
  if (!subject) return;
  const holders = await repo.externalSubjectHolders(db, [subject]);
  if (holders.some((h) => h.id !== userId || h.tenant_id !== admin.tenantId)) throw duplicateSubject();
}

/** Who holds these login ids in any tenant (ids only), for the staff import. Call outside a transaction. */
export const loginIdHolders = (db: Db, subjects: readonly string[]) => repo.externalSubjectHolders(db, subjects);

export async function createStaffUser(db: Db, actor: Actor, input: z.output<typeof staffUserInput>): Promise<StaffUser> {
  const admin = requireOrganisationAdmin(actor);
  const email = normaliseEmail(input.email);
  const unitRoles = distinctUnitRoles(input.unitRoles);
  const municipalRoles = [...new Set(input.municipalRoles)];
  await checkExternalSubject(db, admin, null, input.externalSubject);
  return mapUniqueViolation(
    () =>
      withTenant(db, admin.tenantId, async (trx) => {
        await checkUserInput(trx, null, { email, unitRoles });
        const { id } = await repo.insertUser(trx, {
          tenantId: admin.tenantId, name: input.name, sortKey: sortKey(input.name), email,
          externalSubject: input.externalSubject ?? null, active: input.active, staffFunction: input.staffFunction,
        });
        await repo.replaceMunicipalRoles(trx, admin.tenantId, id, municipalRoles);
        await repo.replaceUnitRoles(trx, admin.tenantId, id, unitRoles);
        await appendAudit(trx, admin, [{ action: 'user.create', entityType: 'user', entityId: id }]);
        return loadUser(trx, id);
      }),
    uniqueConstraints,
  );
}

/** Replaces what the patch names, each role set as a whole, in one transaction. */
export async function patchStaffUser(db: Db, actor: Actor, id: string, patch: z.output<typeof staffUserPatch>): Promise<StaffUser> {
  const admin = requireOrganisationAdmin(actor);
  const municipalRoles: MunicipalRole[] | undefined = patch.municipalRoles ? [...new Set(patch.municipalRoles)] : undefined;
  assertSelfChangeAllowed(admin, { targetUserId: id, municipalRoles, active: patch.active });
  const email = patch.email !== undefined ? normaliseEmail(patch.email) : undefined;
  const unitRoles = patch.unitRoles ? distinctUnitRoles(patch.unitRoles) : undefined;
  await checkExternalSubject(db, admin, id, patch.externalSubject);
  return mapUniqueViolation(
    () =>
      withTenant(db, admin.tenantId, async (trx) => {
        if (!(await repo.findUser(trx, id))) throw notFound();
        await checkUserInput(trx, id, { email, unitRoles });
        await repo.updateUser(trx, id, {
          name: patch.name, sortKey: patch.name !== undefined ? sortKey(patch.name) : undefined, email,
          externalSubject: patch.externalSubject, active: patch.active, staffFunction: patch.staffFunction,
        });
        if (municipalRoles) await repo.replaceMunicipalRoles(trx, admin.tenantId, id, municipalRoles);
        if (unitRoles) await repo.replaceUnitRoles(trx, admin.tenantId, id, unitRoles);
        await appendAudit(trx, admin, [{ action: 'user.update', entityType: 'user', entityId: id }]);
        return loadUser(trx, id);
      }),
    uniqueConstraints,
  );
}
