import { sql } from 'kysely';
import type { Db } from '../../src/server/platform/db/database.js';
import { createSession, SESSION_COOKIE } from '../../src/server/platform/auth/sessions.js';
import { todayInNorway } from '../../src/server/platform/text/dates.js';
import { BOY_NAMES, FAMILY_NAMES, GIRL_NAMES } from '../../src/server/features/demo/names.js';
import { Random } from '../../src/server/features/demo/prng.js';

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

/** An open case and its relay holder, for «case open». */
export interface HeldCase {
  caseId: string;
  holder: Persona;
}

export interface BenchFixtures {
  personas: Persona[];
  /** open cases of many different relay holders, in a fixed mixed order */
  heldCases: HeldCase[];
  /** the relay holders with the most open cases: «my work» at its busiest */
  busiest: Persona[];
  /** lowercased search input, as people type it: name beginnings of 2–5 letters, some with two words */
  searchWords: string[];
  today: string;
  /** the municipality's public pages, read without a session */
  publicSite: PublicFixtures;
}

export interface PublicFixtures {
  tenantSlug: string;
  /** every published service, in a mixed fixed order */
  serviceSlugs: string[];
  /** query strings of the catalogue's search form: words, ages and needs in varied combinations */
  searches: string[];
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
  // «My work» is measured with work in it: each demo person holds a case or is offered one.
  for (const p of personas) {
    const held = await db.selectFrom('cases').select('id').where('holder_id', '=', p.userId).where('status', '=', 'open').limit(1).execute();
    const offered = await db.selectFrom('handover_requests').select('id').where('to_user_id', '=', p.userId).where('status', '=', 'pending').limit(1).execute();
    if (held.length + offered.length === 0) throw new Error(`${p.subject} has no case work: the demo data is not what the benchmark expects`);
  }
  const { heldCases, busiest } = await caseHolders(db, personas[0]!.tenantId);
  return { personas, heldCases, busiest, searchWords, today, publicSite: await publicFixtures(db, personas[0]!.tenantId) };
}

/**
 * What residents type into the catalogue's search: topics, a word form the stemmer must bring
 * back to its base («barnehagene»), a word beginning that only the prefix fallback finds
 * («helsesyk»), two-word phrases, and no words at all (filters only); with and without the
 * child's age and a need: all 24 × 7 × 8 combinations.
 */
const SEARCH_WORDS = [
  'snakke', 'barnehagene', 'helsesykepleier', 'helsesyk', 'foreldre', 'mobbing', 'psykisk helse', 'søvn', 'språk', 'angst', 'rus',
  'fritid', 'leksehjelp', 'vold', 'ungdom', 'fravær', 'logoped', 'kurs', 'samtale', 'skole', 'jobb', 'sorg', 'noen å snakke med', '',
  // English words, searched in every language's text (issue 9)
  'kindergarten', 'school nurse',
];
const SEARCH_AGES = [undefined, 2, 5, 9, 14, 16, 20, 24];
/** A resident's other filters (issue 9): who can refer, free only, drop-in only; most searches use none. */
const SEARCH_EXTRAS = ['', '', '', 'henviser=self', 'gratis=1', 'dropin=1', 'henviser=doctor&gratis=1'];
const SEARCH_NEEDS = [
  undefined, 'someone_to_talk_to', 'mental_health', 'family_and_parenting', 'school_and_learning', 'bullying', 'leisure_and_friends', 'language_and_speech',
];

async function publicFixtures(db: Db, tenantId: string): Promise<PublicFixtures> {
  const tenant = await db.selectFrom('tenants').select('slug').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const services = await db.selectFrom('services').select('slug').where('tenant_id', '=', tenantId).where('status', '=', 'published').orderBy('id').execute();
  if (services.length === 0) throw new Error('the demo has no published services: the demo data is not what the benchmark expects');
  const searches: string[] = [];
  for (const q of SEARCH_WORDS) {
    for (const age of SEARCH_AGES) {
      for (const need of SEARCH_NEEDS) {
        const params = new URLSearchParams();
        if (q) params.set('q', q);
        if (age !== undefined) params.set('alder', String(age));
        if (need) params.set('behov', need);
        const extra = SEARCH_EXTRAS[searches.length % SEARCH_EXTRAS.length]!;
        searches.push([params.toString(), extra].filter(Boolean).join('&'));
      }
    }
  }
  // A fixed shuffle (Fisher–Yates), so consecutive requests differ in words, age and need alike.
  const rnd = new Random(4);
  for (let k = searches.length - 1; k > 0; k--) {
    const j = rnd.int(0, k);
    [searches[k], searches[j]] = [searches[j]!, searches[k]!];
  }
  return { tenantSlug: tenant.slug, serviceSlugs: services.map((s) => s.slug), searches };
}

/**
 * «Case open» visits several hundred different cases: all the open cases (up to 10 each) of 120 relay
 * holders spread over the municipality, taken in turn, as 120 people at work would open them. Fewer
 * people than cases on purpose: a session's expiry is written at most every 30 s (touchSession),
 * and a thousand people each opening one case would put that write into nearly every request.
 * «My work» adds the 20 holders with the most open cases to the demo people.
 */
const HOLDERS = 120;
const CASES_PER_HOLDER = 10;
const BUSIEST = 20;

/**
 * Generated staff are not offered by the demo login, so the holders get a session made here,
 * on the owner connection, as a login would make it.
 */
async function caseHolders(db: Db, tenantId: string): Promise<{ heldCases: HeldCase[]; busiest: Persona[] }> {
  const spread = await sql<{ holder_id: string }>`
      SELECT holder_id FROM (SELECT holder_id, row_number() OVER (ORDER BY holder_id) AS n, count(*) OVER () AS total
        FROM (SELECT holder_id FROM cases WHERE status = 'open' GROUP BY holder_id HAVING count(*) >= 2) h) x
      WHERE n % greatest(1, total / ${HOLDERS}) = 0 ORDER BY holder_id LIMIT ${HOLDERS}`.execute(db);
  const top = await db
    .selectFrom('cases')
    .select(['holder_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('status', '=', 'open')
    .groupBy('holder_id')
    .orderBy('n', 'desc')
    .orderBy('holder_id')
    .limit(BUSIEST)
    .execute();
  const holders = new Map<string, Persona>();
  for (const userId of [...spread.rows.map((r) => r.holder_id), ...top.map((t) => t.holder_id)]) {
    if (holders.has(userId)) continue;
    const units = await db.selectFrom('unit_memberships').select('unit_id').where('user_id', '=', userId).execute();
    // Idle time long enough for the whole run; the bench database is thrown away afterwards.
    const s = await createSession(db, { kind: 'staff', tenantId, userId, via: 'demo' }, 240);
    holders.set(userId, {
      subject: `holder:${holders.size}`, userId, tenantId, unitIds: units.map((u) => u.unit_id), childIds: [],
      session: { cookie: `${SESSION_COOKIE}=${s.token}`, csrfToken: s.csrfToken },
    });
  }
  const perHolder = await Promise.all(spread.rows.map(async (r) => {
    const rows = await db.selectFrom('cases').select('id').where('holder_id', '=', r.holder_id).where('status', '=', 'open').orderBy('id').limit(CASES_PER_HOLDER).execute();
    return rows.map((c) => ({ caseId: c.id, holder: holders.get(r.holder_id)! }));
  }));
  // In turn: the k-th case of every holder, then the (k+1)-th, so consecutive requests come from different people.
  const heldCases: HeldCase[] = [];
  for (let k = 0; k < CASES_PER_HOLDER; k++) for (const list of perHolder) if (list[k]) heldCases.push(list[k]!);
  return { heldCases, busiest: top.map((t) => holders.get(t.holder_id)!) };
}
