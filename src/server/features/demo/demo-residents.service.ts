import type { Config } from '../../config.js';
import type { Db } from '../../platform/db/database.js';
import { pidDigest } from '../../platform/auth/pid.js';
import { createSession } from '../../platform/auth/sessions.js';
import { notFound } from '../../platform/http/errors.js';
import { todayInNorway } from '../../platform/text/dates.js';
import type { DemoResident } from '../../../contracts/session.js';
import * as repo from './demo-residents.repository.js';

type DemoResidentWithId = DemoResident & { nationalId: string };

/**
 * The residents one can log in as in demo mode: the Lia child's mother (parental
 * responsibility: she sees the case), her father (none: he sees nothing) and a young person
 * with a case of their own, when the generated data has one. Without a PID key there is no
 * resident login to show.
 */
async function findDemoResidents(db: Db, config: Pick<Config, 'pidHmacKey'>): Promise<DemoResidentWithId[]> {
  if (!config.pidHmacKey) return [];
  const residents: DemoResidentWithId[] = [];
  const guardians = await repo.knownChildGuardians(db);
  const withResponsibility = guardians.find((g) => g.parental_responsibility);
  const without = guardians.find((g) => !g.parental_responsibility);
  for (const [g, role] of [[withResponsibility, 'guardian'], [without, 'guardian_without_responsibility']] as const) {
    if (g) residents.push({ id: g.id, name: g.name, role, childName: `${g.given_name} ${g.family_name}`, nationalId: g.national_id });
  }
  const young = await repo.youngPersonWithCase(db, todayInNorway());
  if (young) {
    const name = `${young.given_name} ${young.family_name}`;
    residents.push({ id: young.id, name, role: 'young_person', childName: name, nationalId: young.national_id });
  }
  return residents;
}

export async function demoResidents(db: Db, config: Pick<Config, 'demoMode' | 'pidHmacKey'>): Promise<DemoResident[]> {
  if (!config.demoMode) throw notFound();
  return (await findDemoResidents(db, config)).map(({ nationalId: _, ...r }) => r);
}

/**
 * Logs in as one of the demo residents, as ID-porten would: the session holds only the digest
 * of the national ID number. Any other id (another guardian, a staff user) is refused.
 */
export async function demoResidentLogin(db: Db, config: Pick<Config, 'demoMode' | 'pidHmacKey' | 'sessionIdleMinutes'>, residentId: string) {
  if (!config.demoMode) throw notFound();
  const resident = (await findDemoResidents(db, config)).find((r) => r.id === residentId);
  if (!resident) throw notFound();
  return createSession(db, { kind: 'resident', pidHash: pidDigest(config, resident.nationalId), via: 'demo' }, config.sessionIdleMinutes);
}
