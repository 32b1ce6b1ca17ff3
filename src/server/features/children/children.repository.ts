import { sql, type ExpressionBuilder } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import { containsPattern } from '../../platform/text/sort-key.js';
import type { Database } from '../../platform/db/schema.js';
import type { RegistryScope } from './children.policy.js';

type Eb = ExpressionBuilder<Database, 'children'>;

/**
 * Children with an enrolment in one of the units that is active today, as `id = ANY(ARRAY(…))`:
 * the enrolled ids are computed once (an InitPlan) and then looked up by primary key. A join
 * or IN would let the planner scan every child of the tenant, since under row-level security
 * the non-leakproof LIKE of a search cannot use the trigram index.
 */
function enrolledIn(eb: Eb, unitIds: string[], today: string) {
  const enrolled = eb
    .selectFrom('enrolments as e')
    .select('e.child_id')
    .where('e.unit_id', 'in', unitIds)
    .where('e.from_date', '<=', today)
    .where((w) => w.or([w('e.to_date', 'is', null), w('e.to_date', '>=', today)]));
  return eb('children.id', '=', sql<string>`ANY(ARRAY(${enrolled}))`);
}

export interface SearchParams {
  scope: Exclude<RegistryScope, { kind: 'none' }>;
  nationalId?: string;
  tokens: string[];
  after?: [string, string];
  limit: number;
  today: string;
}

export async function searchChildren(db: Executor, p: SearchParams) {
  let q = db
    .selectFrom('children')
    .select(['children.id', 'given_name', 'family_name', 'birth_date', 'sort_key'])
    // The units of each hit in the same round trip; PostgreSQL evaluates this after the LIMIT.
    .select(sql<{ id: string; name: string; groupName: string | null }[]>`coalesce((
        SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'groupName', e.group_name) ORDER BY u.sort_key)
        FROM enrolments e JOIN units u ON u.id = e.unit_id
        WHERE e.child_id = children.id AND e.from_date <= ${p.today} AND (e.to_date IS NULL OR e.to_date >= ${p.today})
      ), '[]')`.as('units'))
    .orderBy('sort_key')
    .orderBy('children.id')
    .limit(p.limit);
  if (p.scope.kind === 'units') {
    const { unitIds } = p.scope;
    q = q.where((eb) => enrolledIn(eb, unitIds, p.today));
  }
  if (p.nationalId) q = q.where('national_id', '=', p.nationalId);
  for (const token of p.tokens) {
    q = q.where('search_text', 'like', containsPattern(token));
  }
  if (p.after) {
    const [key, id] = p.after;
    q = q.where((eb) => eb.or([eb('sort_key', '>', key), eb.and([eb('sort_key', '=', key), eb('children.id', '>', id)])]));
  }
  return q.execute();
}

/** The subset of ids the scope may read: one query, for requireAccess. */
export async function childIdsInScope(db: Executor, scope: RegistryScope, ids: readonly string[], today: string): Promise<string[]> {
  if (scope.kind === 'none' || ids.length === 0) return [];
  if (scope.kind === 'all') {
    return (await db.selectFrom('children').select('id').where('id', 'in', [...ids]).execute()).map((r) => r.id);
  }
  const rows = await db
    .selectFrom('enrolments as e')
    .select('e.child_id')
    .distinct()
    .where('e.child_id', 'in', [...ids])
    .where('e.unit_id', 'in', scope.unitIds)
    .where('e.from_date', '<=', today)
    .where((w) => w.or([w('e.to_date', 'is', null), w('e.to_date', '>=', today)]))
    .execute();
  return rows.map((r) => r.child_id);
}

export async function findChild(db: Executor, id: string) {
  return db.selectFrom('children').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function enrolmentsOf(db: Executor, childId: string) {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select(['e.id', 'e.group_name', 'e.from_date', 'e.to_date', 'u.id as unit_id', 'u.name as unit_name', 'u.type as unit_type'])
    .where('e.child_id', '=', childId)
    .orderBy('e.from_date', 'desc')
    .execute();
}

export async function guardiansOf(db: Executor, childId: string) {
  return db
    .selectFrom('child_guardians as cg')
    .innerJoin('guardians as g', 'g.id', 'cg.guardian_id')
    .select([
      'g.id', 'g.name', 'g.phone', 'g.email', 'g.street_address', 'g.postal_code', 'g.city', 'g.address_protection',
      'cg.relation', 'cg.parental_responsibility', 'g.sort_key',
    ])
    .where('cg.child_id', '=', childId)
    .orderBy('cg.parental_responsibility', 'desc')
    .orderBy('g.sort_key')
    .execute();
}

