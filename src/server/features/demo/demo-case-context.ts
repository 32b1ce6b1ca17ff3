import type { UnitType } from '../../platform/db/schema.js';
import type { CaseContext, Roster } from './demo-case-builder.js';
import type { HouseholdRows } from './demo-households.js';
import type { UnitPlan } from './demo-plan.js';

/** What the case-work planners need to know about the municipality. */
export interface CasePlanContext extends CaseContext {
  plan: UnitPlan;
  roster: Roster;
  unitTypes: Map<string, UnitType>;
  decisionDays: number;
  youngPersonAge: number;
}

export interface ChildFacts {
  childId: string;
  birthDate: string;
  /** the kindergarten or school the child attends today; null for 16–18 year olds */
  unitId: string | null;
  group: string | null;
  /** guardians with parental responsibility */
  guardianIds: string[];
}

export function childFacts(rows: HouseholdRows, unitTypes: Map<string, UnitType>): ChildFacts[] {
  return rows.children.map((c) => {
    const current = rows.enrolments.find((e) => e.child_id === c.id && e.to_date === null && unitTypes.get(e.unit_id) !== 'sfo');
    const guardianIds = rows.childGuardians.filter((g) => g.child_id === c.id && g.parental_responsibility).map((g) => g.guardian_id);
    return { childId: c.id!, birthDate: c.birth_date, unitId: current?.unit_id ?? null, group: current?.group_name ?? null, guardianIds };
  });
}

export const staffOf = (ctx: CasePlanContext, unitId: string) => ctx.roster.byUnit.get(unitId) ?? { leader: [], resource_person: [], employee: [] };

/** Someone who works in the unit, other than `not`: mostly employees, now and then the resource person or leader. */
export function pickStaff(ctx: CasePlanContext, unitId: string, not?: string): string {
  const s = staffOf(ctx, unitId);
  const r = ctx.rnd.next();
  const pool = r < 0.85 && s.employee.length ? s.employee : r < 0.95 && s.resource_person.length ? s.resource_person : s.leader.length ? s.leader : s.employee;
  const choices = pool.filter((u) => u !== not);
  if (choices.length) return ctx.rnd.pick(choices);
  const anyone = [...s.employee, ...s.resource_person, ...s.leader].filter((u) => u !== not);
  if (anyone.length === 0) throw new Error('a demo unit without staff');
  return ctx.rnd.pick(anyone);
}

/** The well-known demo person with this subject (demo-known.ts). */
export function person(ctx: CasePlanContext, subject: string): string {
  const id = ctx.roster.bySubject.get(subject);
  if (!id) throw new Error(`demo person missing: ${subject}`);
  return id;
}

export const unitNamed = (ctx: CasePlanContext, name: string): string => {
  const id = ctx.plan.unitIdByName.get(name);
  if (!id) throw new Error(`demo unit missing: ${name}`);
  return id;
};
