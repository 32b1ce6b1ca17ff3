import { withTenant, type Db } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { notFound } from '../../platform/http/errors.js';
import { listAuditEntries, type AuditFilter } from './audit.repository.js';

/** The administrator sees who did what and when; never what was read or written. */
export async function listAudit(db: Db, actor: StaffActor, filter: AuditFilter) {
  // The route allows only administrators too; the service does not rely on its caller.
  if (!actor.municipalRoles.has('system_admin')) throw notFound();
  return withTenant(db, actor.tenantId, async (trx) => {
    const rows = await listAuditEntries(trx, { ...filter, limit: filter.limit + 1 });
    const page = rows.slice(0, filter.limit);
    return {
      items: page.map((r) => ({
        seq: String(r.seq),
        occurredAt: r.occurred_at.toISOString(),
        actorUserId: r.actor_user_id,
        actorName: r.actor_name,
        actorKind: r.actor_kind,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        childId: r.child_id,
        requestId: r.request_id,
      })),
      nextBeforeSeq: rows.length > filter.limit ? String(page[page.length - 1]!.seq) : null,
    };
  });
}
