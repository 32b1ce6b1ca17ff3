import type { Trx } from '../../platform/db/database.js';
import type { AddressProtection, ImportRejection } from '../../platform/db/schema.js';
import { strictestProtection } from '../children/address-protection.js';
import { validateNationalId } from '../children/national-id.js';
import { upsertRegistryBatch, type RegistryChild, type RegistryEnrolment, type RegistryGuardian } from '../children/registry.service.js';
import type { CsvRow } from './csv.js';
import { invalidCharacterRejections, toBatches, type ImportContext, type ImportHandler, type PlanItem, type UnitIndex } from './import-handler.js';
import { loadUnitIndex, resolveUnit } from './units-index.js';
import { parseAddressProtection, parseDate, parseEmail, parseYesNo } from './values.js';

/**
 * One row per child × guardian (and enrolment): rows of the same child merge into one child.
 * Children are matched by national ID number, enrolments by (child, unit, from date). The
 * birth date comes from the number, never from a column. Rejections name the row, the column
 * and a code: never the value.
 *
 * Address protection (DESIGN §4.7) only ever goes up: each child and guardian gets the strictest
 * protection that any row of the file gives their number, and the write keeps the strictest of
 * that and what is stored. A blank or absent column therefore lifts nothing.
 */
interface ChildRow { row: number; child: RegistryChild; enrolment: RegistryEnrolment; guardian: RegistryGuardian | null }
interface ChildPlan { child: RegistryChild; enrolments: Map<string, RegistryEnrolment>; guardians: Map<string, RegistryGuardian> }

const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function readChildRow(r: CsvRow, units: UnitIndex, allowSynthetic: boolean): { parsed?: ChildRow; rejections: ImportRejection[] } {
  const v = r.values;
  const invalid = invalidCharacterRejections(r);
  if (invalid.length) return { rejections: invalid };
  const rejections: ImportRejection[] = [];
  const reject = (field: string, code: string) => rejections.push({ row: r.row, field, code });
  const required = (field: string, max: number) => {
    const s = text(v[field]);
    if (!s) reject(field, 'required');
    else if (s.length > max) reject(field, 'too_long');
    return s;
  };
  const optional = (field: string, max: number) => {
    const s = text(v[field]);
    if (s.length > max) reject(field, 'too_long');
    return s || null;
  };

  const id = v.fodselsnummer ? validateNationalId(v.fodselsnummer, { allowSynthetic }) : null;
  if (!v.fodselsnummer) reject('fodselsnummer', 'required');
  else if (id && !id.ok) reject('fodselsnummer', id.code);
  const givenName = required('fornavn', 200);
  const familyName = required('etternavn', 200);
  const unit = v.enhet ? resolveUnit(units, v.enhet) : null;
  if (!v.enhet) reject('enhet', 'required');
  else if (unit?.problem) reject('enhet', unit.problem);
  const groupName = optional('gruppe', 100);
  const fromDate = v.fra_dato ? parseDate(v.fra_dato) : null;
  if (!v.fra_dato) reject('fra_dato', 'required');
  else if (!fromDate) reject('fra_dato', 'invalid_date');
  const toDate = v.til_dato ? parseDate(v.til_dato) : null;
  if (v.til_dato && !toDate) reject('til_dato', 'invalid_date');
  else if (toDate && fromDate && toDate < fromDate) reject('til_dato', 'date_order');
  const streetAddress = optional('adresse', 200);
  const postalCode = optional('postnummer', 10);
  if (postalCode && !/^\d{4}$/.test(postalCode)) reject('postnummer', 'postal_code_format');
  const city = optional('poststed', 100);
  const addressProtection = parseAddressProtection(v.adressesperre ?? '');
  if (!addressProtection) reject('adressesperre', 'invalid_value');

  let guardian: RegistryGuardian | null = null;
  const hasGuardian = ['foresatt_fodselsnummer', 'foresatt_navn', 'foresatt_foreldreansvar', 'foresatt_telefon', 'foresatt_epost'].some((f) => text(v[f]) !== '');
  if (hasGuardian) {
    const gid = v.foresatt_fodselsnummer ? validateNationalId(v.foresatt_fodselsnummer, { allowSynthetic }) : null;
    if (!v.foresatt_fodselsnummer) reject('foresatt_fodselsnummer', 'required');
    else if (gid && !gid.ok) reject('foresatt_fodselsnummer', gid.code);
    const name = required('foresatt_navn', 200);
    const parental = parseYesNo(v.foresatt_foreldreansvar ?? '');
    if (!v.foresatt_foreldreansvar) reject('foresatt_foreldreansvar', 'required');
    else if (parental === null) reject('foresatt_foreldreansvar', 'invalid_value');
    const phone = optional('foresatt_telefon', 40);
    const email = v.foresatt_epost ? parseEmail(v.foresatt_epost) : null;
    if (v.foresatt_epost && !email) reject('foresatt_epost', 'email_format');
    const protection = parseAddressProtection(v.foresatt_adressesperre ?? '');
    if (!protection) reject('foresatt_adressesperre', 'invalid_value');
    if (gid?.ok && parental !== null && protection) {
      guardian = { nationalId: compactId(v.foresatt_fodselsnummer), name, phone, email, addressProtection: protection, parentalResponsibility: parental };
    }
  }
  if (rejections.length || !id?.ok || !unit?.id || !fromDate || !addressProtection) return { rejections };
  return {
    rejections,
    parsed: {
      row: r.row,
      child: {
        nationalId: compactId(v.fodselsnummer), idType: id.idType, birthDate: id.birthDate, givenName, familyName,
        streetAddress, postalCode, city, addressProtection,
      },
      enrolment: { unitId: unit.id, groupName, fromDate, toDate },
      guardian,
    },
  };
}

/** Why a later row of a child cannot merge into the earlier ones, if it cannot. */
function mergeProblem(plan: ChildPlan, row: ChildRow): { field: string; code: string } | null {
  if (plan.child.givenName !== row.child.givenName) return { field: 'fornavn', code: 'conflicting_rows' };
  if (plan.child.familyName !== row.child.familyName) return { field: 'etternavn', code: 'conflicting_rows' };
  // Two addresses for one child: neither may be guessed at, least of all for a protected child.
  if (plan.child.streetAddress !== row.child.streetAddress) return { field: 'adresse', code: 'conflicting_rows' };
  if (plan.child.postalCode !== row.child.postalCode) return { field: 'postnummer', code: 'conflicting_rows' };
  if (plan.child.city !== row.child.city) return { field: 'poststed', code: 'conflicting_rows' };
  const e = row.enrolment;
  const known = plan.enrolments.get(`${e.unitId}|${e.fromDate}`);
  if (known && known.groupName !== e.groupName) return { field: 'gruppe', code: 'conflicting_rows' };
  if (known && known.toDate !== e.toDate) return { field: 'til_dato', code: 'conflicting_rows' };
  const g = row.guardian;
  const knownGuardian = g ? plan.guardians.get(g.nationalId) : undefined;
  if (g && knownGuardian && knownGuardian.parentalResponsibility !== g.parentalResponsibility) {
    return { field: 'foresatt_foreldreansvar', code: 'conflicting_rows' };
  }
  if (known && (!g || knownGuardian)) return { field: 'fodselsnummer', code: 'duplicate_in_file' };
  return null;
}

const compactId = (s: string | undefined) => (s ?? '').replace(/\s/g, '');

/**
 * The strictest protection each national ID gets anywhere in the file, rejected rows included:
 * a row refused for another reason still says the address is protected, and merged rows, or
 * the rows of siblings sharing a guardian, must not let the first one win.
 */
function protectionsInFile(rows: CsvRow[]) {
  const children = new Map<string, AddressProtection>();
  const guardians = new Map<string, AddressProtection>();
  const raise = (into: Map<string, AddressProtection>, id: string, cell: string | undefined) => {
    const p = parseAddressProtection(cell ?? '');
    if (id && p) into.set(id, strictestProtection(into.get(id) ?? 'none', p));
  };
  for (const { values: v } of rows) {
    raise(children, compactId(v.fodselsnummer), v.adressesperre);
    raise(guardians, compactId(v.foresatt_fodselsnummer), v.foresatt_adressesperre);
  }
  return { children, guardians };
}

export function planChildren(rows: CsvRow[], units: UnitIndex, allowSynthetic: boolean): PlanItem<ChildPlan>[] {
  const protections = protectionsInFile(rows);
  const items: PlanItem<ChildPlan>[] = [];
  const byChild = new Map<string, PlanItem<ChildPlan>>();
  for (const r of rows) {
    const { parsed, rejections } = readChildRow(r, units, allowSynthetic);
    if (!parsed) {
      items.push({ rows: [r.row], rejections });
      continue;
    }
    const e = parsed.enrolment;
    const g = parsed.guardian;
    const item = byChild.get(parsed.child.nationalId);
    if (!item?.entity) {
      const entity: ChildPlan = {
        child: parsed.child,
        enrolments: new Map([[`${e.unitId}|${e.fromDate}`, e]]),
        guardians: new Map(g ? [[g.nationalId, g]] : []),
      };
      const created = { rows: [r.row], rejections: [], entity };
      byChild.set(parsed.child.nationalId, created);
      items.push(created);
      continue;
    }
    const problem = mergeProblem(item.entity, parsed);
    if (problem) {
      items.push({ rows: [r.row], rejections: [{ row: r.row, ...problem }] });
      continue;
    }
    item.rows.push(r.row);
    item.entity.enrolments.set(`${e.unitId}|${e.fromDate}`, e);
    if (g && !item.entity.guardians.has(g.nationalId)) item.entity.guardians.set(g.nationalId, g);
  }
  for (const { entity } of items) {
    if (!entity) continue;
    const c = entity.child;
    c.addressProtection = strictestProtection(c.addressProtection, protections.children.get(c.nationalId) ?? 'none');
    for (const g of entity.guardians.values()) {
      g.addressProtection = strictestProtection(g.addressProtection, protections.guardians.get(g.nationalId) ?? 'none');
    }
  }
  return items;
}

/** The registry's own service writes the batch: the import only parses, merges and batches. */
function writeChildren(trx: Trx, ctx: ImportContext, plans: ChildPlan[]): Promise<void> {
  return upsertRegistryBatch(trx, ctx.actor, plans.map((p) => ({
    child: p.child, enrolments: [...p.enrolments.values()], guardians: [...p.guardians.values()],
  })));
}

export const childrenImport: ImportHandler = {
  columns: {
    required: ['fodselsnummer', 'fornavn', 'etternavn', 'enhet', 'fra_dato'],
    optional: [
      'gruppe', 'til_dato', 'adresse', 'postnummer', 'poststed', 'adressesperre', 'foresatt_fodselsnummer', 'foresatt_navn',
      'foresatt_foreldreansvar', 'foresatt_telefon', 'foresatt_epost', 'foresatt_adressesperre',
    ],
  },
  async plan(rows, ctx) {
    const units = await loadUnitIndex(ctx);
    // Synthetic numbers (tnr) only in demo mode, so real installations never hold made-up people.
    const items = planChildren(rows, units, ctx.config.demoMode);
    return toBatches(items, (trx, plans) => writeChildren(trx, ctx, plans));
  },
};
