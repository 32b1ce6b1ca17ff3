import { z } from 'zod';
import { uuid } from './common.js';

/** Metadata only: the audit log never holds content. */
export const auditEntry = z.object({
  seq: z.string(),
  occurredAt: z.iso.datetime(),
  actorUserId: uuid.nullable(),
  actorName: z.string().nullable(),
  actorKind: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: uuid.nullable(),
  childId: uuid.nullable(),
  requestId: z.string(),
});
export const auditListQuery = z.object({
  childId: uuid.optional(),
  actorUserId: uuid.optional(),
  beforeSeq: z.string().regex(/^\d+$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const auditList = z.object({ items: z.array(auditEntry), nextBeforeSeq: z.string().nullable() });
