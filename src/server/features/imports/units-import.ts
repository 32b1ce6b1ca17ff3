import type { ImportRejection, UnitType } from '../../platform/db/schema.js';
import { sortKey } from '../../platform/text/sort-key.js';
import type { CsvRow } from './csv.js';
import { invalidCharacterRejections, toBatches, type ImportContext, type ImportHandler, type PlanItem } from './import-handler.js';
import { upsertUnitBatch } from '../organisation/batch-writes.service.js';
import { parseOrganisationNumber, parseUnitType } from './values.js';

/**
 * navn;type;organisasjonsnummer;overordnet — one unit per row, matched by name; a known unit gets
 * the row's type and number; overordnet names the unit it is a department of (a unit already there
 * or one on an earlier row); left empty, a unit's parent stays as it is.
 */
interface UnitRow {
  name: string;
  key: string;
  type: UnitType;
  organisationNumber: string | null;
  parentName: string | null;
  row: number;
}

export function readUnitRow(r: CsvRow, seen: Set<string>): { unit?: UnitRow; rejections: ImportRejection[] } {
  const v = r.values;
  const invalid = invalidCharacterRejections(r);
  if (invalid.length) return { rejections: invalid };
  const rejections: ImportRejection[] = [];
  const reject = (field: string, code: string) => rejections.push({ row: r.row, field, code });
  const name = (v.navn ?? '').replace(/\s+/g, ' ');
  const key = sortKey(name);
  if (!name) reject('navn', 'required');
  else if (name.length > 200) reject('navn', 'too_long');
  else if (seen.has(key)) reject('navn', 'duplicate_in_file');
  const type = parseUnitType(v.type ?? '');
  if (!v.type) reject('type', 'required');
  else if (!type) reject('type', 'unknown_unit_type');
  const organisationNumber = v.organisasjonsnummer ? parseOrganisationNumber(v.organisasjonsnummer) : null;
  if (v.organisasjonsnummer && !organisationNumber) reject('organisasjonsnummer', 'organisation_number_format');
  const parentName = (v.overordnet ?? '').replace(/\s+/g, ' ').trim() || null;
  if (parentName && parentName.length > 200) reject('overordnet', 'too_long');
  if (name) seen.add(key);
  if (rejections.length || !type) return { rejections };
  return { unit: { name, key, type, organisationNumber, parentName, row: r.row }, rejections };
}

export const unitsImport: ImportHandler = {
  columns: { required: ['navn', 'type'], optional: ['organisasjonsnummer', 'overordnet'] },
  async plan(rows: CsvRow[], ctx: ImportContext) {
    const seen = new Set<string>();
    const items: PlanItem<UnitRow>[] = rows.map((r) => {
      const { unit, rejections } = readUnitRow(r, seen);
      return { rows: [r.row], rejections, ...(unit ? { entity: unit } : {}) };
    });
    return toBatches(items, (trx, units) => upsertUnitBatch(trx, ctx.actor, units));
  },
};
