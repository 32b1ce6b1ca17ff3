import type { Executor } from '../../platform/db/database.js';

export interface AuditFilter {
  childId?: string;
  actorUserId?: string;
  beforeSeq?: string;
  limit: number;
}

/** Newest first; keyset on seq, which is dense per tenant (RLS keeps us in one tenant). */
export async function listAuditEntries(db: Executor, f: AuditFilter) {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .select([
      'a.seq', 'a.occurred_at', 'a.actor_user_id', 'u.name as actor_name', 'a.actor_kind', 'a.action',
      'a.entity_type', 'a.entity_id', 'a.child_id', 'a.request_id',
    ])
    .orderBy('a.seq', 'desc')
    .limit(f.limit);
  if (f.childId) q = q.where('a.child_id', '=', f.childId);
  if (f.actorUserId) q = q.where('a.actor_user_id', '=', f.actorUserId);
  if (f.beforeSeq) q = q.where('a.seq', '<', f.beforeSeq as never);
  return q.execute();
}
