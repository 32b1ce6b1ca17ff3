/**
 * Every code the server writes into the audit log. appendAudit takes only these, so a new action or object type
 * fails the type check until it is listed here; the audit page's labels (nb, nn, en) must then name it too — the
 * type check of src/web/features/audit/labels.ts and audit-labels.test.ts say which label is missing.
 * Codes are stored, never renamed: a code no longer written stays here while old entries carry it.
 */
export const AUDIT_ACTIONS = [
  'child.read', 'child.search', 'child.import',
  'unit.create', 'unit.update', 'unit.archive', 'unit.unarchive', 'unit.import',
  'user.create', 'user.update', 'user.import',
  'tenant.update',
  'import.units', 'import.staff', 'import.children',
  'concern.create', 'concern.read', 'concern.list', 'concern.step', 'concern.decide',
  'case.open', 'case.read', 'case.list', 'case.entries_read', 'case.entry_add', 'case.entry_correct',
  'case.draft_read', 'case.draft_save', 'case.draft_discard', 'case.level_change', 'case.close', 'case.reopen',
  'case.member_search', 'case.member_add', 'case.member_remove', 'case.export_pdf',
  'case.resident_access_open', 'case.resident_access_close', 'case.concern_read',
  'goal.create', 'goal.update', 'measure.create', 'measure.update', 'evaluation.create', 'plan.read',
  'consent.list', 'consent.record', 'consent.refuse', 'consent.withdraw',
  'document.create', 'document.read', 'document.upload', 'document.update', 'document.archive',
  'document_version.create', 'document_version.update', 'document_version.file_upload', 'document_version.file_delete',
  'document_version.publish',
  'handover.request', 'handover.preview', 'handover.read', 'handover.list', 'handover.accept', 'handover.decline', 'handover.cancel',
  'report.create', 'report.read', 'report.update', 'report.send', 'report.export_pdf', 'report.export_json',
  'service.create', 'service.update', 'service.publish', 'service.unpublish', 'service.archive',
  'guide.install_default', 'guide.create', 'guide.update', 'guide.delete', 'level_model.update', 'guide_step.create', 'guide_step.update', 'guide_step.delete',
  'my_work.task',
  'resident.case_list',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit entry is about (its entity id points into that table). */
export const AUDIT_ENTITY_TYPES = [
  'child', 'unit', 'user', 'tenant', 'import_job', 'concern', 'case', 'case_entry', 'case_document', 'goal', 'measure',
  'evaluation', 'consent', 'document', 'document_version', 'handover', 'report', 'service', 'guide', 'guide_step',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
