import type { Executor } from '../../platform/db/database.js';
import type { UnitRole } from '../../platform/db/schema.js';

/** The user's units with the number of children enrolled there today. */
export async function unitsWithEnrolledCount(db: Executor, userId: string, today: string) {
  return db
    .selectFrom('unit_memberships as m')
    .innerJoin('units as u', 'u.id', 'm.unit_id')
    .select((eb) => [
      'u.id', 'u.name', 'u.type', 'u.sort_key',
      eb.fn.agg<UnitRole[]>('json_agg', ['m.role']).as('roles'),
      eb
        .selectFrom('enrolments as e')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('e.unit_id', '=', 'u.id')
        .where('e.from_date', '<=', today)
        .where((w) => w.or([w('e.to_date', 'is', null), w('e.to_date', '>=', today)]))
        .as('enrolled'),
    ])
    .where('m.user_id', '=', userId)
    .groupBy(['u.id', 'u.name', 'u.type', 'u.sort_key'])
    .orderBy('u.sort_key')
    .execute();
}
