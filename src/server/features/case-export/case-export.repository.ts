import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';

/**
 * Read-only queries for the case export. The plan, consent and log tables belong to other
 * features; the export reads them here with its own queries so that it depends only on the
 * schema (migration 0005), not on those features' code.
 */

export async function caseHeader(db: Executor, caseId: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('children as ch', 'ch.id', 'c.child_id')
    .innerJoin('units as u', 'u.id', 'c.owning_unit_id')
    .innerJoin('users as h', 'h.id', 'c.holder_id')
    .innerJoin('tenants as t', 't.id', 'c.tenant_id')
    .select([
      'c.id', 'c.level', 'c.status', 'c.opened_at', 'c.closed_at', 'c.close_reason', 'c.child_id',
      'ch.given_name', 'ch.family_name', 'ch.national_id', 'ch.birth_date', 'ch.street_address', 'ch.postal_code', 'ch.city',
      'ch.address_protection', 'u.name as unit_name', 'h.name as holder_name', 't.name as tenant_name',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
}

/** Every guardian of the child (all count for the household's address protection). */
export async function guardians(db: Executor, childId: string) {
  return db
    .selectFrom('child_guardians as cg')
    .innerJoin('guardians as g', 'g.id', 'cg.guardian_id')
    .select(['g.id', 'g.name', 'g.address_protection', 'cg.parental_responsibility'])
    .where('cg.child_id', '=', childId)
    .orderBy('g.sort_key')
    .execute();
}

export async function holders(db: Executor, caseId: string) {
  return db
    .selectFrom('case_holders as ch')
    .innerJoin('users as u', 'u.id', 'ch.user_id')
    .innerJoin('units as un', 'un.id', 'ch.unit_id')
    .select(['u.name', 'un.name as unit_name', 'ch.from_at'])
    .where('ch.case_id', '=', caseId)
    .orderBy('ch.from_at')
    .execute();
}

export async function members(db: Executor, caseId: string) {
  return db
    .selectFrom('case_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.name', 'm.added_at', 'm.removed_at'])
    .select(sql<string>`coalesce((SELECT string_agg(un.name, ', ' ORDER BY un.sort_key) FROM unit_memberships um
        JOIN units un ON un.id = um.unit_id WHERE um.user_id = m.user_id), '')`.as('units'))
    .where('m.case_id', '=', caseId)
    .orderBy('m.added_at')
    .execute();
}

export async function consents(db: Executor, caseId: string) {
  return db
    .selectFrom('consents as k')
    .select([
      'k.id', 'k.decision', 'k.young_person', 'k.purpose', 'k.valid_from', 'k.valid_to', 'k.created_at', 'k.withdrawn_at',
      'k.withdrawn_reason',
    ])
    .select(sql<string>`coalesce((SELECT string_agg(g.name, ', ' ORDER BY g.sort_key) FROM guardians g
        WHERE g.id = ANY(k.guardian_ids)), '')`.as('guardian_names'))
    .select(sql<string>`coalesce((SELECT string_agg(u.name, ', ' ORDER BY u.sort_key) FROM consent_units ku
        JOIN units u ON u.id = ku.unit_id WHERE ku.consent_id = k.id), '')`.as('unit_names'))
    .where('k.case_id', '=', caseId)
    .orderBy('k.created_at')
    .execute();
}

export async function goals(db: Executor, caseId: string) {
  return db
    .selectFrom('goals')
    .select(['id', 'description', 'status', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function measures(db: Executor, caseId: string) {
  return db
    .selectFrom('measures as m')
    .leftJoin('users as u', 'u.id', 'm.responsible_user_id')
    .leftJoin('units as un', 'un.id', 'm.responsible_unit_id')
    .select([
      'm.id', 'm.goal_id', 'm.description', 'm.start_on', 'm.end_on', 'm.evaluation_due', 'm.status',
      'u.name as responsible_user', 'un.name as responsible_unit', 'm.responsible_party',
    ])
    .where('m.case_id', '=', caseId)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
}

export async function evaluations(db: Executor, caseId: string) {
  return db
    .selectFrom('evaluations as e')
    .innerJoin('users as u', 'u.id', 'e.author_id')
    .select(['e.measure_id', 'e.evaluated_on', 'e.outcome', 'e.learned', 'e.next_steps', 'u.name as author'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.evaluated_on')
    .orderBy('e.created_at')
    .execute();
}

/** Every log entry, oldest first, with its author's name (staff or guardian). */
export async function entries(db: Executor, caseId: string) {
  return db
    .selectFrom('case_entries as e')
    .leftJoin('users as u', 'u.id', 'e.author_user_id')
    .leftJoin('guardians as g', 'g.id', 'e.author_guardian_id')
    .select([
      'e.id', 'e.kind', 'e.occurred_on', 'e.body', 'e.attendees', 'e.payload', 'e.corrects_entry_id', 'e.author_kind', 'e.created_at',
      'u.name as user_name', 'g.name as guardian_name',
    ])
    .where('e.case_id', '=', caseId)
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
}
