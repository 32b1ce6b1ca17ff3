import { withTenant, type Db } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { todayInNorway } from '../../platform/text/dates.js';
import type { MyWorkResponse } from '../../../contracts/my-work.js';
import { unitsWithEnrolledCount } from './my-work.repository.js';

/** «My work»: the user's units and the tasks waiting for them. Counts only, no child is read here. */
export async function myWork(db: Db, actor: StaffActor): Promise<MyWorkResponse> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const units = await unitsWithEnrolledCount(trx, actor.userId, todayInNorway());
    return {
      units: units.map((u) => ({
        id: u.id,
        name: u.name,
        type: u.type,
        roles: u.roles,
        enrolledChildren: Number(u.enrolled ?? 0),
      })),
      tasks: [],
    };
  });
}
