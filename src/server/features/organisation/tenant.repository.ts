import type { Executor } from '../../platform/db/database.js';

const tenantColumns = [
  'id', 'municipality_number', 'name', 'accessibility_statement_url',
  'concern_decision_days', 'young_person_age', 'consent_warning_days', 'concern_signals',
  'child_hearing_age', 'level_without_other_service', 'main_language',
] as const;

export interface TenantSettingsPatch {
  concernDecisionDays?: number;
  youngPersonAge?: number;
  consentWarningDays?: number;
  concernSignals?: string[];
  childHearingAge?: number;
  levelWithoutOtherService?: 'warn' | 'require';
  mainLanguage?: 'nb' | 'nn';
}

/** Under withTenant, RLS shows only the transaction's own tenant. */
export async function findTenant(db: Executor, id: string) {
  return db.selectFrom('tenants').select(tenantColumns).where('id', '=', id).executeTakeFirst();
}

export async function updateTenant(db: Executor, id: string, v: { name?: string; accessibilityStatementUrl?: string | null } & TenantSettingsPatch) {
  const set = {
    ...(v.name !== undefined ? { name: v.name } : {}),
    ...(v.accessibilityStatementUrl !== undefined ? { accessibility_statement_url: v.accessibilityStatementUrl } : {}),
    ...(v.concernDecisionDays !== undefined ? { concern_decision_days: v.concernDecisionDays } : {}),
    ...(v.youngPersonAge !== undefined ? { young_person_age: v.youngPersonAge } : {}),
    ...(v.consentWarningDays !== undefined ? { consent_warning_days: v.consentWarningDays } : {}),
    ...(v.concernSignals !== undefined ? { concern_signals: JSON.stringify(v.concernSignals) } : {}),
    ...(v.childHearingAge !== undefined ? { child_hearing_age: v.childHearingAge } : {}),
    ...(v.levelWithoutOtherService !== undefined ? { level_without_other_service: v.levelWithoutOtherService } : {}),
    ...(v.mainLanguage !== undefined ? { main_language: v.mainLanguage } : {}),
  };
  if (Object.keys(set).length === 0) return findTenant(db, id);
  return db.updateTable('tenants').set(set).where('id', '=', id).returning(tenantColumns).executeTakeFirst();
}

/** Owner connection only: the application role can neither see other tenants nor insert one. */
export async function tenantIdByNumber(ownerDb: Executor, municipalityNumber: string) {
  return (await ownerDb.selectFrom('tenants').select('id').where('municipality_number', '=', municipalityNumber).executeTakeFirst())?.id;
}

export async function insertTenant(ownerDb: Executor, v: { municipalityNumber: string; name: string }) {
  return ownerDb
    .insertInto('tenants')
    .values({ municipality_number: v.municipalityNumber, name: v.name })
    .returning(tenantColumns)
    .executeTakeFirstOrThrow();
}
