import { withTenant } from '../../platform/db/database.js';
import type { ImportRejection, UnitRole } from '../../platform/db/schema.js';
import type { CsvRow } from './csv.js';
import { invalidCharacterRejections, toBatches, type ImportContext, type ImportHandler, type PlanItem, type UnitIndex } from './import-handler.js';
import { loadUnitIndex, resolveUnit } from './units-index.js';
import { loginIdHolders } from '../organisation/staff-users.service.js';
import { upsertStaffBatch, usersByEmail } from '../organisation/batch-writes.service.js';
import { parseEmail, parseStaffFunction, parseUnitRole } from './values.js';

/**
 * navn;epost;enhet;rolle[;innloggings_id][;funksjon] — one row per user and unit role; funksjon is the
 * staff function by code or bokmål label («Kontaktlærer»), blank keeping the one stored. Users are matched by
 * e-mail; roles are added, never removed, so importing the same file twice changes nothing.
 */
interface StaffUserPlan {
  email: string;
  name: string;
  externalSubject: string | null;
  staffFunction: string | null;
  roles: { unitId: string; role: UnitRole }[];
}

interface StaffRow {
  row: number;
  email: string;
  name: string;
  externalSubject: string | null;
  staffFunction: string | null;
  unitId: string;
  role: UnitRole;
}

function readStaffRow(r: CsvRow, units: UnitIndex): { staff?: StaffRow; rejections: ImportRejection[] } {
  const v = r.values;
  const invalid = invalidCharacterRejections(r);
  if (invalid.length) return { rejections: invalid };
  const rejections: ImportRejection[] = [];
  const reject = (field: string, code: string) => rejections.push({ row: r.row, field, code });
  const name = (v.navn ?? '').replace(/\s+/g, ' ');
  if (!name) reject('navn', 'required');
  else if (name.length > 200) reject('navn', 'too_long');
  const email = parseEmail(v.epost ?? '');
  if (!v.epost) reject('epost', 'required');
  else if (!email) reject('epost', 'email_format');
  const unit = resolveUnit(units, v.enhet ?? '');
  if (!v.enhet) reject('enhet', 'required');
  else if (unit.problem) reject('enhet', unit.problem);
  const role = parseUnitRole(v.rolle ?? '');
  if (!v.rolle) reject('rolle', 'required');
  else if (!role) reject('rolle', 'unknown_role');
  const externalSubject = v.innloggings_id || null;
  if (externalSubject && externalSubject.length > 200) reject('innloggings_id', 'too_long');
  const staffFunction = parseStaffFunction(v.funksjon ?? '');
  if (staffFunction === undefined) reject('funksjon', 'unknown_function');
  if (rejections.length || !email || !unit.id || !role || staffFunction === undefined) return { rejections };
  return { staff: { row: r.row, email, name, externalSubject, staffFunction, unitId: unit.id, role }, rejections };
}

export const staffImport: ImportHandler = {
  columns: { required: ['navn', 'epost', 'enhet', 'rolle'], optional: ['innloggings_id', 'funksjon'] },
  async plan(rows: CsvRow[], ctx: ImportContext) {
    const tenantId = ctx.actor.tenantId;
    const units = await loadUnitIndex(ctx);
    const read = rows.map((r) => ({ r, ...readStaffRow(r, units) }));
    const emails = [...new Set(read.flatMap((x) => (x.staff ? [x.staff.email] : [])))];
    const existing = await withTenant(ctx.db, tenantId, (trx) => usersByEmail(trx, emails));
    const existingByEmail = new Map(existing.map((u) => [u.email_key, u]));
    // The login id is unique across tenants, so it is checked on the owner connection, before any transaction.
    const subjects = [...new Set(read.flatMap((x) => (x.staff?.externalSubject ? [x.staff.externalSubject] : [])))];
    const holders = await loginIdHolders(ctx.db, subjects);

    const byEmail = new Map<string, PlanItem<StaffUserPlan>>();
    const subjectOwner = new Map<string, string>();
    const items: PlanItem<StaffUserPlan>[] = [];
    for (const x of read) {
      const s = x.staff;
      if (!s) {
        items.push({ rows: [x.r.row], rejections: x.rejections });
        continue;
      }
      const reject = (field: string, code: string) => items.push({ rows: [s.row], rejections: [{ row: s.row, field, code }] });
      const item = byEmail.get(s.email);
      const plan = item?.entity;
      if (plan && plan.roles.some((r) => r.unitId === s.unitId && r.role === s.role)) { reject('epost', 'duplicate_in_file'); continue; }
      if (plan && plan.name !== s.name) { reject('navn', 'conflicting_rows'); continue; }
      if (plan && s.staffFunction && plan.staffFunction && plan.staffFunction !== s.staffFunction) { reject('funksjon', 'conflicting_rows'); continue; }
      if (s.externalSubject) {
        if (plan && plan.externalSubject && plan.externalSubject !== s.externalSubject) { reject('innloggings_id', 'conflicting_rows'); continue; }
        const owner = subjectOwner.get(s.externalSubject);
        const holder = holders.find((h) => h.external_subject === s.externalSubject);
        const mine = existingByEmail.get(s.email);
        const takenInDb = holder && (holder.tenant_id !== tenantId || holder.id !== mine?.id);
        if ((owner && owner !== s.email) || takenInDb) { reject('innloggings_id', 'duplicate_external_subject'); continue; }
        subjectOwner.set(s.externalSubject, s.email);
      }
      if (plan && item) {
        plan.roles.push({ unitId: s.unitId, role: s.role });
        plan.externalSubject ??= s.externalSubject;
        plan.staffFunction ??= s.staffFunction;
        item.rows.push(s.row);
        continue;
      }
      // An existing user keeps the address as stored, so that the upsert finds them by its key.
      const stored = existingByEmail.get(s.email)?.email ?? s.email;
      const created: PlanItem<StaffUserPlan> = {
        rows: [s.row], rejections: [],
        entity: { email: stored, name: s.name, externalSubject: s.externalSubject, staffFunction: s.staffFunction, roles: [{ unitId: s.unitId, role: s.role }] },
      };
      byEmail.set(s.email, created);
      items.push(created);
    }

    return toBatches(items, (trx, users) => upsertStaffBatch(trx, ctx.actor, users));
  },
};
