import { z } from 'zod';
import { isoDate, unitRole, unitType, uuid } from './common.js';
import { maxLevelNumber } from './levels.js';

export const taskKinds = [
  'decision_due', 'report_to_send', 'evaluation_due', 'handover_waiting', 'consent_ended', 'measure_out_of_reach', 'consent_expiring',
  'document_review_due',
] as const;
export const taskKind = z.enum(taskKinds);

/**
 * One thing waiting for the user, with the child's name so that tasks can be told apart (two
 * «level 2 at Lia skole» links are useless), and no case text. The name is a read of the child's
 * data and is audited as such (my_work.task); the user has access to each of these children.
 *
 * - decision_due: my open level-0 concern not yet decided; id = the concern; dueDate = its decision deadline (href /concerns/:id)
 * - report_to_send: a report of concern waiting to be sent — my concern decided as a report (id = the
 *   concern, caseId null), or my draft written from a case (id = caseId = the case); dueDate = the day
 *   it was decided or begun; href the draft (/reports/:id) when one is begun, else the concern
 * - consent_ended: one per open case I hold where a consent ended (withdrawn, or past its end date)
 *   within the tenant's consent_warning_days and no consent recorded since is in force; id = the
 *   case; dueDate = the day it ended (href /cases/:id)
 * - measure_out_of_reach: one per open case I hold with an open measure whose responsible person or
 *   service can no longer see the case (by the case policy); id = the case; no dueDate (href /cases/:id)
 * - evaluation_due: one per open case, for planned/ongoing measures of a case I hold, or that I am
 *   the responsible person for in a case where I am a member; id = the case; dueDate = the soonest
 *   evaluation date, shown from 14 days before (href /cases/:id)
 * - handover_waiting: a pending handover to me; id = the request; dueDate = the day it was asked (href /handovers/:id)
 * - consent_expiring: one per open case I hold whose soonest-ending valid consent ends within the
 *   tenant's consent_warning_days; id = the case; dueDate = that end date (href /cases/:id)
 * - document_review_due: a library document I own (while I am an active municipal coordinator), not
 *   archived, whose review date has passed; a document whose owner is no longer an active coordinator,
 *   or that has none, is a task for every active coordinator; id = the document; dueDate = the review
 *   date; no child, no unit (unitName ''), level 0; the document's title in `document` (href /content/documents/:id)
 */
export const myWorkTask = z.object({
  kind: taskKind,
  dueDate: isoDate.nullable(),
  /** dueDate is before today (Europe/Oslo); never for a consent (an expired one is no longer listed) */
  overdue: z.boolean(),
  href: z.string(),
  /** the concern, case or handover request the task is about (see the kinds above) */
  id: uuid,
  caseId: uuid.nullable(),
  /** the concern's unit or the case's owning unit */
  unitName: z.string(),
  /** 0 for a concern, else the case's level */
  level: z.number().int().min(0).max(maxLevelNumber),
  /** null for a document to review */
  child: z.object({ id: uuid, name: z.string() }).nullable(),
  /** only for document_review_due */
  document: z.object({ id: uuid, title: z.string() }).optional(),
});
export type MyWorkTask = z.infer<typeof myWorkTask>;

export const myWorkResponse = z.object({
  units: z.array(z.object({ id: uuid, name: z.string(), type: unitType, roles: z.array(unitRole), enrolledChildren: z.number().int() })),
  /** overdue first, then by due date; at most 50 of each kind */
  tasks: z.array(myWorkTask),
});
export type MyWorkResponse = z.infer<typeof myWorkResponse>;
