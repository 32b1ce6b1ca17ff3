import type { Trx } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import type { UnitRole } from '../../platform/db/schema.js';
import type { CaseDetail } from '../../../contracts/cases.js';
import type { StaffFunction } from '../../../contracts/common.js';
import type { LoadedCase } from './case-access.js';
import { caseAccess, type CaseFacts } from './cases.policy.js';
import * as repo from './cases.repository.js';

/**
 * «Who has access and why» on the case page. Each person's reason comes from the same policy
 * function that guards the case, applied to them; a member whose consent is missing, withdrawn
 * or expired is listed as blocked, so the relay holder sees why someone lost access.
 */
export async function describeAccess(
  trx: Trx, row: LoadedCase, facts: CaseFacts, sheet: { given_name: string; family_name: string; guardians: { id: string; name: string }[] },
): Promise<CaseDetail['access']> {
  const staff = await staffActorsAroundCase(trx, row);
  const result: CaseDetail['access'] = staff.map(({ user: u, asActor }) => {
    const access = caseAccess(asActor, facts);
    const involved = u.id === row.holder_id || u.is_member;
    return {
      kind: 'staff' as const,
      id: u.id,
      name: u.name,
      staffFunction: (u.staff_function as StaffFunction | null) ?? null,
      reason: access?.reason ?? null,
      blocked: involved && !access,
      units: [...new Set((u.roles ?? []).map((r) => r.unit_name))],
    };
  });
  for (const g of sheet.guardians) result.push({ kind: 'guardian', id: g.id, name: g.name, staffFunction: null, reason: 'guardian', blocked: false, units: [] });
  if (facts.childAge >= facts.youngPersonAge) {
    result.push({ kind: 'young_person', id: row.child_id, name: `${sheet.given_name} ${sheet.family_name}`, staffFunction: null, reason: 'young_person', blocked: false, units: [] });
  }
  return result;
}

/**
 * The staff around a case (holder, members, the owning unit's leaders and resource persons),
 * each as an actor the case policy can be asked about — here and by a handover's preview.
 */
export async function staffActorsAroundCase(trx: Trx, row: Pick<LoadedCase, 'id' | 'owning_unit_id' | 'holder_id' | 'tenant_id'>) {
  const staff = await repo.staffAroundCase(trx, row.id, row.owning_unit_id, row.holder_id);
  return staff.map((user) => {
    const unitRoles = new Map<string, Set<UnitRole>>();
    for (const r of user.roles ?? []) {
      const set = unitRoles.get(r.unit_id) ?? new Set<UnitRole>();
      set.add(r.role as UnitRole);
      unitRoles.set(r.unit_id, set);
    }
    const asActor: StaffActor = {
      kind: 'staff', userId: user.id, tenantId: row.tenant_id, name: user.name, municipalRoles: new Set(), unitRoles, requestId: '',
    };
    return { user, asActor };
  });
}
