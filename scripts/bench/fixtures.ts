import type { Db } from '../../src/server/platform/db/database.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';
import { BOY_NAMES, FAMILY_NAMES, GIRL_NAMES } from '../../src/server/features/demo/names.js';

/** A demo person the benchmark acts as, with what they may see. */
export interface Persona {
  subject: string;
  userId: string;
  tenantId: string;
  unitIds: string[];
  /** children enrolled today in the person's units: the ones «child detail» opens */
  childIds: string[];
  /** filled in after login */
  session?: { cookie: string; csrfToken: string };
}

export interface BenchFixtures {
  personas: Persona[];
  /** lowercased search input, as people type it: name beginnings of 2–5 letters, some with two words */
  searchWords: string[];
  today: string;
}

/** Staff who search the registry every day: teachers and leaders of schools and a kindergarten. */
export const BENCH_SUBJECTS = ['demo:teacher-lia', 'demo:teacher-berg', 'demo:kindergarten-teacher', 'demo:leader-nordby'];

export async function loadFixtures(db: Db): Promise<BenchFixtures> {
  const today = todayInNorway();
  const personas: Persona[] = [];
  for (const subject of BENCH_SUBJECTS) {
    const user = await db.selectFrom('users').select(['id', 'tenant_id']).where('external_subject', '=', subject).executeTakeFirstOrThrow();
    const units = await db.selectFrom('unit_memberships').select('unit_id').where('user_id', '=', user.id).execute();
    const unitIds = units.map((u) => u.unit_id);
    const enrolled = await db
      .selectFrom('enrolments')
      .select('child_id')
      .distinct()
      .where('unit_id', 'in', unitIds)
      .where('from_date', '<=', today)
      .where((w) => w.or([w('to_date', 'is', null), w('to_date', '>=', today)]))
      .orderBy('child_id')
      .limit(300)
      .execute();
    if (enrolled.length === 0) throw new Error(`${subject} sees no children: the demo data is not what the benchmark expects`);
    personas.push({ subject, userId: user.id, tenantId: user.tenant_id, unitIds, childIds: enrolled.map((e) => e.child_id) });
  }
  const names = [...GIRL_NAMES, ...BOY_NAMES, ...FAMILY_NAMES].map((n) => n.toLowerCase());
  const searchWords: string[] = [];
  names.forEach((n, i) => {
    searchWords.push(n.slice(0, 2 + (i % 4)));
    if (i % 5 === 0) searchWords.push(`${n.slice(0, 3)} ${names[(i * 7) % names.length]!.slice(0, 2)}`);
  });
  return { personas, searchWords, today };
}
