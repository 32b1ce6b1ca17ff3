import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { DEMO_KNOWN, DEMO_MUNICIPALITY } from './demo-known.js';

/*
 * Demo login for residents: the people are found in the generated data (they have no user rows),
 * on the owner connection like the rest of login, and only in the demo municipality. The national
 * ID number leaves this module only as the session's digest.
 */

/** The guardians of the known Lia child, those with parental responsibility first. */
export async function knownChildGuardians(db: Db) {
  return db
    .selectFrom('children as ch')
    .innerJoin('tenants as t', 't.id', 'ch.tenant_id')
    .innerJoin('child_guardians as cg', (j) => j.onRef('cg.child_id', '=', 'ch.id').onRef('cg.tenant_id', '=', 'ch.tenant_id'))
    .innerJoin('guardians as g', (j) => j.onRef('g.id', '=', 'cg.guardian_id').onRef('g.tenant_id', '=', 'cg.tenant_id'))
    .select(['g.id', 'g.name', 'g.national_id', 'cg.parental_responsibility', 'ch.given_name', 'ch.family_name'])
    .where('t.municipality_number', '=', DEMO_MUNICIPALITY.number)
    .where('ch.given_name', '=', DEMO_KNOWN.liaChildGivenName)
    .where('ch.family_name', '=', DEMO_KNOWN.liaChildFamilyName)
    .orderBy('cg.parental_responsibility', 'desc')
    .orderBy('g.sort_key')
    .orderBy('g.id')
    .limit(10)
    .execute();
}

/**
 * A young person from the municipality's age with an open case that residents may see; one
 * who is party to a consent still in force comes first, so the demo can show withdrawing it.
 * The generated data decides who it is; with no such case there is none.
 */
export async function youngPersonWithCase(db: Db, today: string) {
  return db
    .selectFrom('children as ch')
    .innerJoin('tenants as t', 't.id', 'ch.tenant_id')
    .innerJoin('cases as c', (j) => j.onRef('c.child_id', '=', 'ch.id').onRef('c.tenant_id', '=', 'ch.tenant_id'))
    .select(['ch.id', 'ch.given_name', 'ch.family_name', 'ch.national_id'])
    .where('t.municipality_number', '=', DEMO_MUNICIPALITY.number)
    .where('c.status', '=', 'open')
    .where('c.residents_restricted', '=', false)
    .where(sql<boolean>`ch.birth_date <= ${today}::date - make_interval(years => t.young_person_age)`)
    .orderBy(sql`EXISTS (SELECT 1 FROM consents k WHERE k.case_id = c.id AND k.young_person AND k.decision = 'given'
        AND k.withdrawn_at IS NULL AND k.valid_to >= ${today}::date)`, 'desc')
    .orderBy('ch.sort_key')
    .orderBy('ch.id')
    .limit(1)
    .executeTakeFirst();
}
