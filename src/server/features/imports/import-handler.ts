import type { Config } from '../../config.js';
import type { Db, Trx } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import type { ImportRejection } from '../../platform/db/schema.js';
import type { ColumnSpec, CsvRow } from './csv.js';

/** What one kind of import (units, staff, children) gives the runner. */
export interface ImportContext {
  db: Db;
  actor: StaffActor;
  config: Config;
}

/**
 * A slice of the file written in one short transaction. `rows` are the line numbers it
 * settles (accepted or rejected); `rejections` were found while planning; `write` may find more.
 */
export interface ImportBatch {
  rows: number[];
  rejections: ImportRejection[];
  write?: (trx: Trx) => Promise<ImportRejection[]>;
}

export interface ImportHandler {
  columns: ColumnSpec;
  plan(rows: CsvRow[], ctx: ImportContext): Promise<ImportBatch[]>;
}

export const BATCH_ROWS = 200;

/** One rejection per cell with a control character; a row with any is refused as a whole. */
export function invalidCharacterRejections(r: CsvRow): ImportRejection[] {
  return (r.invalid ?? []).map((field) => ({ row: r.row, field, code: 'invalid_character' }));
}

/** A group of rows that must be written together (a child's rows, a user's rows), or rows refused. */
export interface PlanItem<T> {
  rows: number[];
  rejections: ImportRejection[];
  entity?: T;
}

/**
 * Cuts items into batches of about BATCH_ROWS rows, keeping each item's rows together so that
 * a child (or user) is written once, in one transaction, with all its rows.
 */
export function toBatches<T>(items: PlanItem<T>[], write: (trx: Trx, entities: T[]) => Promise<ImportRejection[] | void>): ImportBatch[] {
  const batches: ImportBatch[] = [];
  let current: PlanItem<T>[] = [];
  let size = 0;
  const flush = () => {
    if (current.length === 0) return;
    const items = current;
    const entities = items.flatMap((i) => (i.entity === undefined ? [] : [i.entity]));
    batches.push({
      rows: items.flatMap((i) => i.rows),
      rejections: items.flatMap((i) => i.rejections),
      ...(entities.length ? { write: async (trx: Trx) => (await write(trx, entities)) ?? [] } : {}),
    });
    current = [];
    size = 0;
  };
  for (const item of items) {
    current.push(item);
    size += item.rows.length;
    if (size >= BATCH_ROWS) flush();
  }
  flush();
  return batches;
}

/** Unit names in a file are matched by sort key, as in the API: case and spacing do not matter. */
export type UnitIndex = Map<string, { id: string; archived: boolean }>;
