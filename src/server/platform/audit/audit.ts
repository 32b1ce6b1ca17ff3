import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor, Trx } from '../db/database.js';
import type { Actor } from '../access/actor.js';
import type { AuditAction, AuditEntityType } from '../../../contracts/audit-codes.js';

export interface AuditEvent {
  /** what happened, as `entity.verb`: child.read, child.search, unit.create … — one of AUDIT_ACTIONS, each with a label */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  childId?: string | null;
}

export interface ChainedFields {
  tenantId: string;
  seq: bigint;
  occurredAt: Date;
  actorUserId: string | null;
  actorKind: string;
  action: string;
  entityType: string;
  entityId: string | null;
  childId: string | null;
  requestId: string;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The hash covers every column but itself, so editing any of them breaks the chain. */
export function entryHash(f: ChainedFields): string {
  const canonical = JSON.stringify([
    f.tenantId, f.seq.toString(), f.occurredAt.toISOString(), f.actorUserId, f.actorKind, f.action,
    f.entityType, f.entityId, f.childId, f.requestId, f.prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends entries to the tenant's hash chain inside the caller's transaction, so that the
 * audit entry and the read or write it records commit or roll back together. The upsert of
 * the chain's head row locks it until that commit, serialising appends per tenant, and
 * returns the previous head (a waiting transaction gets the head its predecessor wrote).
 */
export async function appendAudit(trx: Trx, actor: Actor, events: AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  const tenantId = actor.tenantId;
  if (!tenantId) throw new Error('Audit needs a tenant');
  const n = events.length;
  const head = await sql<{ prev_seq: string; hash: string }>`
      INSERT INTO audit_heads AS h (tenant_id, seq, hash) VALUES (${tenantId}, ${n}, '')
      ON CONFLICT (tenant_id) DO UPDATE SET seq = h.seq + ${n}
      RETURNING h.seq - ${n} AS prev_seq, h.hash`.execute(trx);
  const previous = head.rows[0]!;
  let seq = BigInt(previous.prev_seq);
  let prevHash = previous.hash || GENESIS_HASH;
  const occurredAt = new Date();
  const rows = events.map((e) => {
    seq += 1n;
    const fields: ChainedFields = {
      tenantId,
      seq,
      occurredAt,
      actorUserId: actor.kind === 'staff' ? actor.userId : null,
      actorKind: actor.kind,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId ?? null,
      childId: e.childId ?? null,
      requestId: actor.requestId,
      prevHash,
    };
    const hash = entryHash(fields);
    prevHash = hash;
    return {
      tenant_id: tenantId,
      seq: seq.toString(),
      occurred_at: occurredAt,
      actor_user_id: fields.actorUserId,
      actor_kind: fields.actorKind,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      child_id: fields.childId,
      request_id: fields.requestId,
      prev_hash: fields.prevHash,
      hash,
    };
  });
  await trx
    .with('appended', (db) => db.insertInto('audit_log').values(rows))
    .updateTable('audit_heads')
    .set({ hash: prevHash })
    .where('tenant_id', '=', tenantId)
    .execute();
}

/** True when the head has moved on since it was read: later entries are then legitimate appends. */
async function headMoved(db: Executor, tenantId: string, seenSeq: bigint): Promise<boolean> {
  const now = await db.selectFrom('audit_heads').select('seq').where('tenant_id', '=', tenantId).executeTakeFirst();
  return now !== undefined && BigInt(now.seq) > seenSeq;
}

export interface BrokenLink {
  tenantId: string;
  seq: string;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'gap' | 'head_mismatch';
}

/** Walks every tenant's chain in order and returns the first broken link, if any. */
export async function verifyAuditChain(db: Executor, batchSize = 5000): Promise<{ checked: number; broken: BrokenLink | null }> {
  const tenants = await db
    .selectFrom('audit_log')
    .select('tenant_id')
    .union(db.selectFrom('audit_heads').select('tenant_id'))
    .execute();
  let checked = 0;
  for (const { tenant_id } of tenants) {
    // The head first, and the walk only up to it: entries appended while we walk (the server
    // keeps running) are not yet covered by the head we read, and are checked next time.
    const head = await db.selectFrom('audit_heads').select(['seq', 'hash']).where('tenant_id', '=', tenant_id).executeTakeFirst();
    const headSeq = head ? BigInt(head.seq) : 0n;
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1n;
    for (;;) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('tenant_id', '=', tenant_id)
        .where('seq', '>=', expectedSeq.toString() as never)
        .where('seq', '<=', headSeq.toString() as never)
        .orderBy('seq')
        .limit(batchSize)
        .execute();
      if (rows.length === 0) break;
      for (const r of rows) {
        const seq = BigInt(r.seq);
        if (seq !== expectedSeq) return { checked, broken: { tenantId: tenant_id, seq: expectedSeq.toString(), reason: 'gap' } };
        if (r.prev_hash !== prevHash) return { checked, broken: { tenantId: tenant_id, seq: r.seq, reason: 'prev_hash_mismatch' } };
        const hash = entryHash({
          tenantId: r.tenant_id, seq, occurredAt: r.occurred_at, actorUserId: r.actor_user_id, actorKind: r.actor_kind,
          action: r.action, entityType: r.entity_type, entityId: r.entity_id, childId: r.child_id, requestId: r.request_id,
          prevHash: r.prev_hash,
        });
        if (hash !== r.hash) return { checked, broken: { tenantId: tenant_id, seq: r.seq, reason: 'hash_mismatch' } };
        prevHash = r.hash;
        expectedSeq += 1n;
        checked++;
      }
    }
    // Entries cut off the end leave a chain that is intact but shorter than its head says;
    // entries without a head (or beyond it, once written) were inserted past the application.
    const lastSeq = expectedSeq - 1n;
    const beyond = await db.selectFrom('audit_log').select('seq').where('tenant_id', '=', tenant_id).where('seq', '>', headSeq.toString() as never).limit(1).executeTakeFirst();
    if (!head || headSeq !== lastSeq || (lastSeq > 0n && head.hash !== prevHash) || (beyond && !(await headMoved(db, tenant_id, headSeq)))) {
      return { checked, broken: { tenantId: tenant_id, seq: (lastSeq + 1n).toString(), reason: 'head_mismatch' } };
    }
  }
  return { checked, broken: null };
}
