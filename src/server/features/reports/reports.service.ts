import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/http/errors.js';
import { todayInNorway } from '../../platform/text/dates.js';
import type { Address } from '../../../contracts/children.js';
import {
  reportContent, type CreateReportRequest, type ReportContent, type ReportDetail, type UpdateReportRequest,
} from '../../../contracts/reports.js';
import { effectiveProtection, presentAddress } from '../children/address-protection.js';
import { loadCaseForActor } from '../cases/case-access.js';
import { appendSystemEntry } from '../cases/cases.service.js';
import { concernAccess } from '../concerns/concerns.policy.js';
import { markConcernReported } from '../concerns/concerns.service.js';
import { DELIVERY_CHANNEL, missingFields, toFiksMessage, type FiksMessage, type Municipality } from './fiks-message.js';
import { schemaProblems } from './fiks-schema.js';
import { caseHistory, concernHistory, concernMessage, prefillContent } from './report-draft.js';
import { renderReportPdf } from './report-pdf.js';
import * as repo from './reports.repository.js';

/**
 * The report of concern to child welfare (issue 3, item 7). It needs no consent (rule 6). Who may
 * work on it follows its source: for a level-0 concern, the concern's policy (rule 2: its author
 * and its unit's leaders write, the unit's resource persons read); for a case, staff with write
 * access to the case (reading needs read access). Residents never reach it: the routes are staff-only.
 */

interface ChildView {
  id: string;
  name: string;
  nationalId: string;
  birthDate: string;
  address: Address;
}

/** jsonb content: the form, and once sent, the child as it was sent. */
interface StoredContent {
  form: ReportContent;
  sentChild?: ChildView;
}

function storedContent(raw: unknown): StoredContent {
  const c = raw as { form?: unknown; sentChild?: ChildView };
  return { form: reportContent.parse(c.form), ...(c.sentChild ? { sentChild: c.sentChild } : {}) };
}

/** Access to the report's source; throws 404 (or the case gate's 403/409 for writes). Returns whether the actor may write. */
async function requireSourceAccess(
  trx: Trx, actor: StaffActor, source: { concern_id: string | null; case_id: string | null }, need: 'read' | 'write',
): Promise<boolean> {
  if (source.case_id) {
    const { access } = await loadCaseForActor(trx, actor, source.case_id, need);
    return access.write === 'staff';
  }
  const concern = source.concern_id ? await repo.concernForReport(trx, source.concern_id) : undefined;
  const access = concern ? concernAccess(actor, { authorId: concern.author_id, unitId: concern.unit_id }) : null;
  if (!access) throw notFound();
  // Resource persons of the unit see the concern and so its report, but do not write it (rule 2).
  if (need === 'write' && !access.write) throw forbidden();
  return access.write;
}

async function loadReport(trx: Trx, actor: StaffActor, id: string, need: 'read' | 'write') {
  const row = await repo.findReport(trx, id);
  if (!row) throw notFound();
  const canWrite = await requireSourceAccess(trx, actor, row, need);
  return { row, canWrite, content: storedContent(row.content) };
}

/** The child from the registry, with the household's address protection applied (rule 7). */
async function presentChild(trx: Trx, childId: string): Promise<ChildView> {
  const [child, guardians] = await Promise.all([repo.childForReport(trx, childId), repo.guardiansForReport(trx, childId)]);
  const protection = effectiveProtection(child.address_protection, guardians.map((g) => g.address_protection));
  return {
    id: child.id,
    name: `${child.given_name} ${child.family_name}`,
    nationalId: child.national_id,
    birthDate: child.birth_date,
    address: presentAddress(protection, child),
  };
}

/**
 * The child of a report: a draft reads the registry; a sent report shows the child as sent, except
 * that an address protected since then is withheld now too.
 */
async function childOf(trx: Trx, row: repo.ReportRow, content: StoredContent): Promise<ChildView> {
  const current = await presentChild(trx, row.child_id);
  if (!content.sentChild) return current;
  return { ...content.sentChild, address: current.address.protection === 'none' ? content.sentChild.address : current.address };
}

async function municipality(trx: Trx, tenantId: string): Promise<Municipality> {
  const t = await repo.municipalityOf(trx, tenantId);
  return { number: t.municipality_number, name: t.name, districtNumber: t.district_number, districtName: t.district_name };
}

export async function createReport(db: Db, actor: StaffActor, req: CreateReportRequest) {
  return withTenant(db, actor.tenantId, async (trx) => {
    const source = { concern_id: req.concernId ?? null, case_id: req.caseId ?? null };
    await requireSourceAccess(trx, actor, source, 'write');
    const reuse = async (existing: { id: string; version: number; child_id: string }) => {
      await appendAudit(trx, actor, [{ action: 'report.read', entityType: 'report', entityId: existing.id, childId: existing.child_id }]);
      return { id: existing.id, version: existing.version, created: false };
    };
    const existing = await repo.findDraftFor(trx, req);
    if (existing) return reuse(existing);
    const reporter = await repo.userForReport(trx, actor.userId);
    let childId: string;
    let unitId: string;
    let facts: Pick<Parameters<typeof prefillContent>[0], 'guardiansNotContacted' | 'message' | 'history' | 'otherServices'>;
    if (req.concernId) {
      const concern = (await repo.concernForReport(trx, req.concernId))!;
      const steps = await repo.concernSteps(trx, concern.id);
      childId = concern.child_id;
      unitId = concern.unit_id;
      facts = {
        guardiansNotContacted: concern.guardians_not_contacted,
        message: concernMessage(concern),
        history: concernHistory(concern, steps),
        otherServices: '',
      };
    } else {
      const c = await repo.caseForReport(trx, req.caseId!);
      const concern = c.concern_id ? await repo.concernForReport(trx, c.concern_id) : undefined;
      childId = c.child_id;
      // The reporter writes on behalf of their own unit: the owning unit if they work there.
      unitId = actor.unitRoles.has(c.owning_unit_id) ? c.owning_unit_id : [...actor.unitRoles.keys()][0] ?? c.owning_unit_id;
      const [entries, otherUnits] = await Promise.all([
        repo.caseHistoryEntries(trx, c.id),
        repo.consentedUnitNames(trx, c.id, c.owning_unit_id, todayInNorway()),
      ]);
      facts = {
        guardiansNotContacted: concern?.guardians_not_contacted ?? false,
        message: '',
        history: caseHistory(entries),
        otherServices: otherUnits.join(', '),
      };
    }
    const [unit, guardians] = await Promise.all([repo.unitForReport(trx, unitId), repo.guardiansForReport(trx, childId)]);
    const form = prefillContent({
      ...facts,
      reporter: { name: reporter.name, email: reporter.email },
      unit: { name: unit.name, organisationNumber: unit.organisation_number },
      guardians,
    });
    const stored: StoredContent = { form };
    const draft = { tenantId: actor.tenantId, childId, unitId, authorId: actor.userId, content: stored };
    const row = await repo.insertDraftReport(trx, req.concernId
      ? { ...draft, concernId: req.concernId, caseId: null }
      : { ...draft, concernId: null, caseId: req.caseId! });
    if (!row) {
      // Another request started the draft meanwhile and has committed it: reuse that one.
      const winner = await repo.findDraftFor(trx, req);
      if (!winner) throw conflict('report_draft_busy', 'The draft was changed meanwhile; try again');
      return reuse(winner);
    }
    await appendAudit(trx, actor, [{ action: 'report.create', entityType: 'report', entityId: row.id, childId }]);
    return { ...row, created: true };
  });
}

export async function getReport(db: Db, actor: StaffActor, id: string): Promise<ReportDetail> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row, canWrite, content } = await loadReport(trx, actor, id, 'read');
    const [child, m] = await Promise.all([childOf(trx, row, content), municipality(trx, row.tenant_id)]);
    await appendAudit(trx, actor, [{ action: 'report.read', entityType: 'report', entityId: id, childId: row.child_id }]);
    return {
      id: row.id,
      status: row.status,
      version: row.version,
      source: row.case_id ? { kind: 'case', id: row.case_id } : { kind: 'concern', id: row.concern_id! },
      author: { id: row.author_id, name: row.author_name },
      createdAt: row.created_at.toISOString(),
      sentAt: row.sent_at?.toISOString() ?? null,
      child,
      municipality: m,
      deliveryChannel: DELIVERY_CHANNEL,
      content: content.form,
      missing: missingFields(content.form),
      editable: canWrite && row.status === 'draft',
    };
  });
}

function requireDraft(row: repo.ReportRow, version: number) {
  if (row.status !== 'draft') throw conflict('report_sent', 'The report has been sent and can no longer be changed');
  if (row.version !== version) throw conflict('version_conflict', 'Someone else changed this report; reload it');
}

export async function updateReport(db: Db, actor: StaffActor, id: string, req: UpdateReportRequest) {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row, content } = await loadReport(trx, actor, id, 'write');
    requireDraft(row, req.version);
    const updated = await repo.updateDraftContent(trx, id, req.version, { ...content, form: req.content });
    if (!updated) throw conflict('version_conflict', 'Someone else changed this report; reload it');
    await appendAudit(trx, actor, [{ action: 'report.update', entityType: 'report', entityId: id, childId: row.child_id }]);
    return updated;
  });
}

/** The message, validated against the KS schema; a draft that lacks fields is a 400 naming them. */
async function fiksMessageOf(trx: Trx, row: repo.ReportRow, content: StoredContent, sentAt: Date): Promise<FiksMessage> {
  const missing = missingFields(content.form);
  if (missing.length > 0) throw badRequest('report_incomplete', 'The report lacks required fields', missing);
  const [child, m] = await Promise.all([childOf(trx, row, content), municipality(trx, row.tenant_id)]);
  const message = toFiksMessage({ municipality: m, child, content: content.form, sentAt, deliveryChannel: DELIVERY_CHANNEL });
  const problems = schemaProblems(message);
  // A mapping bug, never the user's input: refuse to hand out a message child welfare would reject.
  if (problems.length > 0) throw new AppError(500, 'fiks_schema_mismatch', `Export does not match the schema at ${problems.map((p) => p.path).join(', ')}`);
  return message;
}

/**
 * Whether the sender may write in the case the report is logged in. A concern's report is sent
 * under the concern's policy, and the case that concern opened may since have been handed to
 * another unit: then the sender writes nothing there (security review, finding 7).
 */
async function mayWriteCase(trx: Trx, actor: StaffActor, caseId: string): Promise<boolean> {
  try {
    await loadCaseForActor(trx, actor, caseId, 'write');
    return true;
  } catch (err) {
    // The gate only reads, so the transaction is intact after a refusal.
    if (err instanceof AppError && [403, 404, 409].includes(err.status)) return false;
    throw err;
  }
}

export async function sendReport(db: Db, actor: StaffActor, id: string, version: number) {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row, content } = await loadReport(trx, actor, id, 'write');
    requireDraft(row, version);
    const sentAt = new Date();
    await fiksMessageOf(trx, row, content, sentAt);
    const sentChild = await presentChild(trx, row.child_id);
    const updated = await repo.markSent(trx, id, version, { ...content, sentChild }, sentAt);
    if (!updated) throw conflict('version_conflict', 'Someone else changed this report; reload it');
    const concern = row.concern_id ? await repo.concernForReport(trx, row.concern_id) : undefined;
    const caseId = row.case_id ?? concern?.case_id ?? null;
    if (caseId && (await mayWriteCase(trx, actor, caseId))) {
      // Residents see the entry only if every guardian with parental responsibility was told —
      // by the registry, not by who the reporter kept in the form: a guardian left out of the
      // report (the one suspected, say) was not told.
      const responsible = (await repo.guardiansForReport(trx, row.child_id)).filter((g) => g.parental_responsibility);
      const informedIds = new Set(content.form.guardians.filter((g) => g.informed === true && g.guardianId).map((g) => g.guardianId));
      const guardiansInformed = responsible.length > 0 && responsible.every((g) => informedIds.has(g.id));
      await appendSystemEntry(trx, actor, caseId, {
        kind: 'report_sent', body: 'Bekymringsmelding sendt til barneverntjenesten', payload: { reportId: id, guardiansInformed },
        occurredOn: todayInNorway(sentAt),
      });
    }
    if (concern) await markConcernReported(trx, concern.id, actor.userId);
    await appendAudit(trx, actor, [{ action: 'report.send', entityType: 'report', entityId: id, childId: row.child_id }]);
    return updated;
  });
}

/**
 * The KS Fiks JSON. A sent report carries the time it was sent; a draft exported before it is
 * marked sent carries the time of export (the schema requires a time).
 */
export async function exportFiksJson(db: Db, actor: StaffActor, id: string): Promise<FiksMessage> {
  return withTenant(db, actor.tenantId, async (trx) => {
    const { row, content } = await loadReport(trx, actor, id, 'read');
    const message = await fiksMessageOf(trx, row, content, row.sent_at ?? new Date());
    await appendAudit(trx, actor, [{ action: 'report.export_json', entityType: 'report', entityId: id, childId: row.child_id }]);
    return message;
  });
}

export async function exportReportPdf(db: Db, actor: StaffActor, id: string): Promise<Buffer> {
  const data = await withTenant(db, actor.tenantId, async (trx) => {
    const { row, content } = await loadReport(trx, actor, id, 'read');
    const [child, m] = await Promise.all([childOf(trx, row, content), municipality(trx, row.tenant_id)]);
    await appendAudit(trx, actor, [{ action: 'report.export_pdf', entityType: 'report', entityId: id, childId: row.child_id }]);
    return { child, municipality: m, content: content.form, status: row.status, sentAt: row.sent_at, createdAt: row.created_at };
  });
  // Rendered after the transaction: PGlite has one connection, and layout takes a while.
  return renderReportPdf({ ...data, deliveryChannel: DELIVERY_CHANNEL });
}
