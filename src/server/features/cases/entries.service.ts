import type { Db } from '../../platform/db/database.js';
import type { Actor, StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.js';
import { forbidden, notFound, validationError } from '../../platform/http/errors.js';
import { todayInNorway } from '../../platform/text/dates.js';
import type { CaseEntry, NewEntryRequest } from '../../../contracts/cases.js';
import { loadCaseForActor, withCaseTenant } from './case-access.js';
import * as repo from './cases.repository.js';

const iso = (d: Date) => d.toISOString();

/**
 * What of a system entry's payload a guardian or young person gets: what the log shows them
 * (levels, reasons, the consent event, who handed over to whom), not the internal ids of
 * concerns, reports, units, guardians or consents.
 */
const RESIDENT_PAYLOAD_KEYS = new Set(['level', 'from', 'to', 'reason', 'event', 'fromUserId', 'toUserId', 'outcome', 'residentAccess']);
function forResidents(payload: unknown): Record<string, unknown> {
  const all = (payload ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).filter(([key]) => RESIDENT_PAYLOAD_KEYS.has(key)));
}

export async function listEntries(db: Db, actor: Actor, caseId: string, cursor: string | undefined, limit: number) {
  const after = decodeCursor(cursor, 2) as [string, string] | undefined;
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row } = await loadCaseForActor(trx, scoped, caseId, 'read');
    const rows = await repo.entriesPage(trx, caseId, after, limit + 1, scoped.kind === 'resident');
    const pageRows = rows.slice(0, limit);
    const corrections = await repo.correctionsOf(trx, pageRows.map((r) => r.id));
    await appendAudit(trx, scoped, [{ action: 'case.entries_read', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    const items: CaseEntry[] = pageRows.map((r) => ({
      id: r.id,
      kind: r.kind,
      occurredOn: r.occurred_on,
      body: r.body,
      attendees: r.attendees,
      payload: scoped.kind === 'resident' ? forResidents(r.payload) : ((r.payload ?? {}) as Record<string, unknown>),
      correctsEntryId: r.corrects_entry_id,
      author: { kind: r.author_kind, name: r.user_name ?? r.guardian_name ?? null },
      createdAt: iso(r.created_at),
      corrections: corrections
        .filter((c) => c.corrects_entry_id === r.id)
        .map((c) => ({ id: c.id, body: c.body, author: c.user_name ?? c.guardian_name ?? null, createdAt: iso(c.created_at) })),
    }));
    const last = pageRows[pageRows.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.cursor_at, last.id]) : null };
  });
}

/**
 * A person's entry in the log. Staff write every kind; a guardian writes only «the guardians'
 * view» and a young person only «the child's voice» (what the policy's write scope says).
 */
export async function addEntry(db: Db, actor: Actor, caseId: string, req: NewEntryRequest): Promise<{ id: string }> {
  if (req.occurredOn > todayInNorway()) {
    throw validationError([{ path: 'occurredOn', code: 'in_future', message: 'The date cannot be in the future' }]);
  }
  if (req.kind !== 'meeting' && req.attendees) {
    throw validationError([{ path: 'attendees', code: 'only_for_meetings', message: 'Attendees belong to meetings' }]);
  }
  const scope = req.kind === 'guardians_view' ? 'guardians_view' : req.kind === 'child_voice' ? 'child_voice' : 'staff';
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row, access } = await loadCaseForActor(trx, scoped, caseId, 'write', scope);
    let authorGuardianId: string | null = null;
    if (scoped.kind === 'resident') {
      if (access.write !== scope) throw forbidden();
      if (access.reason === 'guardian') {
        const guardians = await repo.guardiansWithResponsibility(trx, row.child_id);
        authorGuardianId = guardians.find((g) => g.pid_digest === scoped.pidHash)?.id ?? null;
        if (!authorGuardianId) throw notFound();
      }
    }
    const entry = await repo.insertEntry(trx, {
      tenantId: row.tenant_id, caseId, kind: req.kind, occurredOn: req.occurredOn, body: req.body, attendees: req.attendees || null,
      authorUserId: scoped.kind === 'staff' ? scoped.userId : null,
      authorKind: scoped.kind === 'staff' ? 'staff' : access.reason === 'guardian' ? 'guardian' : 'young_person',
      authorGuardianId,
    });
    if (scoped.kind === 'staff') await repo.deleteDraft(trx, caseId, scoped.userId);
    await appendAudit(trx, scoped, [{ action: 'case.entry_add', entityType: 'case_entry', entityId: entry.id, childId: row.child_id }]);
    return entry;
  });
}

/** Entries are never edited: a correction is a new entry pointing at the original, shown with it. */
export async function addCorrection(db: Db, actor: StaffActor, caseId: string, entryId: string, body: string): Promise<{ id: string }> {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row } = await loadCaseForActor(trx, scoped, caseId, 'write');
    const target = await repo.findEntry(trx, caseId, entryId);
    if (!target) throw notFound();
    const original = target.kind === 'correction' && target.corrects_entry_id ? target.corrects_entry_id : target.id;
    const entry = await repo.insertEntry(trx, {
      tenantId: row.tenant_id, caseId, kind: 'correction', occurredOn: todayInNorway(), body, correctsEntryId: original,
      authorUserId: actor.userId, authorKind: 'staff',
    });
    await appendAudit(trx, scoped, [{ action: 'case.entry_correct', entityType: 'case_entry', entityId: entry.id, childId: row.child_id }]);
    return entry;
  });
}

export async function getDraft(db: Db, actor: StaffActor, caseId: string) {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row } = await loadCaseForActor(trx, scoped, caseId, 'read');
    const draft = await repo.draftOf(trx, caseId, actor.userId);
    await appendAudit(trx, scoped, [{ action: 'case.draft_read', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    return { draft: (draft?.content ?? null) as Record<string, string> | null, updatedAt: draft ? iso(draft.updated_at) : null };
  });
}

export async function saveDraft(db: Db, actor: StaffActor, caseId: string, content: Record<string, unknown>) {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row } = await loadCaseForActor(trx, scoped, caseId, 'write');
    const saved = await repo.saveDraft(trx, { tenantId: row.tenant_id, caseId, userId: actor.userId, content });
    await appendAudit(trx, scoped, [{ action: 'case.draft_save', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    return { draft: content as Record<string, string>, updatedAt: iso(saved.updated_at) };
  });
}

export async function discardDraft(db: Db, actor: StaffActor, caseId: string) {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row } = await loadCaseForActor(trx, scoped, caseId, 'read');
    await repo.deleteDraft(trx, caseId, actor.userId);
    await appendAudit(trx, scoped, [{ action: 'case.draft_discard', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    return { draft: null, updatedAt: null };
  });
}
