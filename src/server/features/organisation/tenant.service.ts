import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { sortKey } from '../../platform/text/sort-key.js';
import { municipalityNumber, tenantName, type Tenant, type tenantPatch } from '../../../contracts/organisation.js';
import { defaultFiles, installDefaultContentIn } from '../guide/default-content/install.js';
import { requireOrganisationAdmin } from './organisation.policy.js';
import { mapUniqueViolation } from './organisation.service.js';
import * as orgRepo from './organisation.repository.js';
import * as repo from './tenant.repository.js';
import { mainLanguageOf } from './main-language.js';

type TenantRow = NonNullable<Awaited<ReturnType<typeof repo.findTenant>>>;

const toTenant = (r: TenantRow): Tenant => ({
  id: r.id,
  municipalityNumber: r.municipality_number,
  name: r.name,
  accessibilityStatementUrl: r.accessibility_statement_url,
  concernDecisionDays: r.concern_decision_days,
  youngPersonAge: r.young_person_age === 16 ? 16 : 15,
  consentWarningDays: r.consent_warning_days,
  concernSignals: r.concern_signals,
  childHearingAge: r.child_hearing_age,
  levelWithoutOtherService: r.level_without_other_service,
  mainLanguage: mainLanguageOf(r),
});

/** The administrator's own municipality; nobody sees or changes another one. */
export async function getTenant(db: Db, actor: Actor): Promise<Tenant> {
  const admin = requireOrganisationAdmin(actor);
  const row = await withTenant(db, admin.tenantId, (trx) => repo.findTenant(trx, admin.tenantId));
  if (!row) throw notFound();
  return toTenant(row);
}

export async function patchTenant(db: Db, actor: Actor, patch: z.output<typeof tenantPatch>): Promise<Tenant> {
  const admin = requireOrganisationAdmin(actor);
  const row = await withTenant(db, admin.tenantId, async (trx) => {
    const updated = await repo.updateTenant(trx, admin.tenantId, {
      name: patch.name, accessibilityStatementUrl: patch.accessibilityStatementUrl, concernDecisionDays: patch.concernDecisionDays,
      youngPersonAge: patch.youngPersonAge, consentWarningDays: patch.consentWarningDays, concernSignals: patch.concernSignals,
      childHearingAge: patch.childHearingAge, levelWithoutOtherService: patch.levelWithoutOtherService, mainLanguage: patch.mainLanguage,
    });
    if (!updated) throw notFound();
    await appendAudit(trx, admin, [{ action: 'tenant.update', entityType: 'tenant', entityId: admin.tenantId }]);
    return updated;
  });
  return toTenant(row);
}

/** What `npm run tenant:create` needs to set up a municipality and its first administrator. */
export const newTenantInput = z.object({
  municipalityNumber,
  name: tenantName,
  adminName: z.string().trim().min(1).max(200),
  adminEmail: z.string().trim().toLowerCase().pipe(z.email().max(320)),
  /** The administrator's login id (subject) at the staff identity provider. */
  adminSubject: z.string().trim().min(1).max(200),
});
export type NewTenantInput = z.output<typeof newTenantInput>;

const duplicateNumber = () =>
  conflict('duplicate_municipality_number', 'A municipality with this number already exists', [
    { path: 'municipalityNumber', code: 'duplicate_municipality_number', message: 'A municipality with this number already exists' },
  ]);
const duplicateSubject = () =>
  conflict('duplicate_external_subject', 'Another user has this login id', [
    { path: 'adminSubject', code: 'duplicate_external_subject', message: 'Another user has this login id' },
  ]);
// The slug trigger finds a free web address; two municipalities created at the same moment can
// still pick the same one, and the second then meets the first on the unique index.
const slugTaken = () =>
  conflict('slug_taken', 'Another municipality took the same web address at the same moment; try again.', [
    { path: 'name', code: 'slug_taken', message: 'Another municipality took the same web address at the same moment; try again.' },
  ]);

/**
 * Creates a municipality with its first system administrator and Samla's default action guide
 * and documents, all or nothing. Runs on the owner connection: no tenant exists yet to scope a
 * transaction to, and the application role may not insert tenants. There is no actor either,
 * so nothing is audited here; the administrator's own actions are, from their first login.
 */
export async function createTenantWithAdmin(ownerDb: Db, input: NewTenantInput): Promise<{ tenantId: string; adminUserId: string }> {
  // The default documents' PDFs are rendered before the transaction opens (PGlite has one connection).
  const defaultPdfs = await defaultFiles();
  return mapUniqueViolation(
    () =>
      ownerDb.transaction().execute(async (trx) => {
        if (await repo.tenantIdByNumber(trx, input.municipalityNumber)) throw duplicateNumber();
        if ((await orgRepo.externalSubjectHolders(trx, [input.adminSubject])).length) throw duplicateSubject();
        const tenant = await repo.insertTenant(trx, { municipalityNumber: input.municipalityNumber, name: input.name });
        const user = await orgRepo.insertUser(trx, {
          tenantId: tenant.id, name: input.adminName, sortKey: sortKey(input.adminName), email: input.adminEmail,
          externalSubject: input.adminSubject, active: true,
        });
        await orgRepo.replaceMunicipalRoles(trx, tenant.id, user.id, ['system_admin']);
        await installDefaultContentIn(trx, null, tenant.id, defaultPdfs);
        return { tenantId: tenant.id, adminUserId: user.id };
      }),
    { tenants_municipality_number_key: duplicateNumber, users_external_subject: duplicateSubject, tenants_slug_idx: slugTaken },
  );
}
