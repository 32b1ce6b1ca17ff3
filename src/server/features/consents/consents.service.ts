import type { Db, Trx } from '../../platform/db/database.js';
import type { Actor, StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { AppError, conflict, forbidden, notFound, validationError, type FieldProblem } from '../../platform/http/errors.js';
import { todayInNorway } from '../../platform/text/dates.js';
import type { ConsentItem, ConsentListResponse, NewConsentRequest } from '../../../contracts/consents.js';
import { loadCaseForActor, withCaseTenant } from '../cases/case-access.js';
import { appendSystemEntry } from '../cases/cases.service.js';
import { childViewProblems, consentStatusOn, isWithdrawable, mayRecordConsent, mayWithdraw, partyProblems } from './consents.policy.js';
import * as repo from './consents.repository.js';

/** All consents of the case as history (given, refused, withdrawn, expired), for staff and residents who may read it. */
export async function listConsents(db: Db, actor: Actor, caseId: string): Promise<ConsentListResponse> {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row, facts, access } = await loadCaseForActor(trx, scoped, caseId, 'read');
    const today = todayInNorway();
    const [rows, withdrawals, guardians, residentGuardianIds] = await Promise.all([
      repo.consentsOfCase(trx, caseId),
      repo.withdrawalAuthors(trx, caseId),
      repo.guardiansWithResponsibility(trx, row.child_id),
      residentGuardians(trx, scoped),
    ]);
    const names = await repo.guardianNames(trx, [...new Set(rows.flatMap((r) => r.guardian_ids))]);
    const byConsent = new Map(withdrawals.map((w) => [w.consent_id, w]));
    const items: ConsentItem[] = rows.map((r) => {
      const status = consentStatusOn({ decision: r.decision, validFrom: r.valid_from, validTo: r.valid_to, withdrawn: r.withdrawn_at !== null }, today);
      const w = byConsent.get(r.id);
      const withdrawnBy = w?.author_kind === 'guardian' || w?.author_kind === 'young_person' ? w.author_kind : 'staff';
      return {
        id: r.id,
        decision: r.decision,
        status,
        guardians: r.guardian_ids.map((id) => ({ id, name: names.get(id) ?? '' })),
        youngPerson: r.young_person,
        units: (r.units ?? []) as ConsentItem['units'],
        purpose: r.purpose,
        informationShared: r.information_shared,
        childView: r.child_view,
        childViewMissingReason: r.child_view_missing_reason,
        validFrom: r.valid_from,
        validTo: r.valid_to,
        document: r.document_id
          ? { id: r.document_id, fileName: r.file_name ?? '', contentType: r.content_type ?? '', sizeBytes: r.size_bytes ?? 0 }
          : null,
        recordedBy: r.recorded_by_name,
        createdAt: r.created_at.toISOString(),
        withdrawn: r.withdrawn_at
          ? { at: r.withdrawn_at.toISOString(), by: withdrawnBy, byName: w?.guardian_name ?? w?.user_name ?? null, reason: r.withdrawn_reason ?? '' }
          : null,
        canWithdraw: isWithdrawable(status) && mayWithdraw(access, { guardianIds: r.guardian_ids, youngPerson: r.young_person }, residentGuardianIds),
      };
    });
    await appendAudit(trx, scoped, [{ action: 'consent.list', entityType: 'case', entityId: caseId, childId: row.child_id }]);
    return {
      items,
      guardians: guardians.map((g) => ({ id: g.id, name: g.name })),
      youngPersonMayConsent: facts.childAge >= facts.youngPersonAge,
      childViewAsked: facts.childAge >= row.child_hearing_age,
      childHearingAge: row.child_hearing_age,
    };
  });
}

/**
 * Records a consent or a refusal. Every check runs before the first write, so bad input
 * writes nothing; the log gets a consent_event entry and the audit a row, in the same
 * transaction. Access follows from the stored rows at the next request (case policy).
 */
export async function recordConsent(db: Db, actor: Actor, caseId: string, req: NewConsentRequest): Promise<{ id: string }> {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    if (scoped.kind !== 'staff') throw notFound();
    return recordConsentIn(trx, scoped, caseId, req);
  });
}

/** recordConsent inside the caller's transaction (a handover records the family's consent on the way). */
export async function recordConsentIn(trx: Trx, scoped: StaffActor, caseId: string, req: NewConsentRequest): Promise<{ id: string }> {
  // The block keeps the body at its former indentation, so that parallel edits to it still merge.
  {
    const { row, facts, access } = await loadCaseForActor(trx, scoped, caseId, 'write');
    if (!mayRecordConsent(access)) {
      throw new AppError(403, 'consent_owning_unit_only', 'Only staff of the unit that owns the case may record a consent');
    }
    const guardianIds = [...new Set(req.guardianIds)];
    const unitIds = [...new Set(req.unitIds)];
    const [guardians, knownUnits, document] = await Promise.all([
      repo.guardiansWithResponsibility(trx, row.child_id),
      repo.activeUnitIds(trx, unitIds),
      req.documentId ? repo.documentOnCase(trx, caseId, req.documentId) : Promise.resolve(null),
    ]);
    const problems: FieldProblem[] = partyProblems(
      { guardianIds, youngPerson: req.youngPerson },
      { responsibleGuardianIds: new Set(guardians.map((g) => g.id)), youngPersonMayConsent: facts.childAge >= facts.youngPersonAge },
    );
    problems.push(...childViewProblems(req, { childAge: facts.childAge, childHearingAge: row.child_hearing_age }));
    const unknownUnits = unitIds.filter((id) => !knownUnits.has(id));
    if (unknownUnits.length) problems.push({ path: 'unitIds', code: 'unknown_unit', message: 'Unknown unit' });
    if (req.documentId && !document) problems.push({ path: 'documentId', code: 'unknown_document', message: 'No such document on this case' });
    if (problems.length) throw validationError(problems);

    const consentId = await repo.insertConsent(trx, {
      tenantId: scoped.tenantId, caseId, decision: req.decision, guardianIds, youngPerson: req.youngPerson, purpose: req.purpose,
      informationShared: req.informationShared, childView: req.childView ?? null, childViewMissingReason: req.childViewMissingReason ?? null,
      validFrom: req.validFrom, validTo: req.validTo, documentId: req.documentId ?? null, recordedBy: scoped.userId,
    });
    await repo.insertConsentUnits(trx, scoped.tenantId, consentId, unitIds);
    // The body is the purpose as written; what happened and the period are data (payload), put
    // into words in the reader's language and date format by the page and the PDF.
    await appendSystemEntry(trx, scoped, caseId, {
      kind: 'consent_event', body: req.purpose,
      payload: { event: req.decision, consentId, unitIds, guardianIds, youngPerson: req.youngPerson, validFrom: req.validFrom, validTo: req.validTo },
    });
    await appendAudit(trx, scoped, [{ action: `consent.${req.decision === 'given' ? 'record' : 'refuse'}`, entityType: 'consent', entityId: consentId, childId: row.child_id }]);
    return { id: consentId };
  }
}

/**
 * Withdraws a consent with a reason: staff who may write the case, or a resident party to
 * it (also on a closed case: withdrawing only ever takes access away). The consent stays as
 * history; outside members lose access on their next request.
 */
export async function withdrawConsent(db: Db, actor: Actor, caseId: string, consentId: string, reason: string): Promise<{ id: string }> {
  return withCaseTenant(db, actor, caseId, async (trx, scoped) => {
    const { row, access } = await loadCaseForActor(trx, scoped, caseId, scoped.kind === 'staff' ? 'write' : 'read');
    const consent = await repo.findConsent(trx, caseId, consentId);
    if (!consent) throw notFound();
    const residentGuardianIds = await residentGuardians(trx, scoped);
    if (!mayWithdraw(access, { guardianIds: consent.guardian_ids, youngPerson: consent.young_person }, residentGuardianIds)) throw forbidden();
    const status = consentStatusOn(
      { decision: consent.decision, validFrom: consent.valid_from, validTo: consent.valid_to, withdrawn: consent.withdrawn_at !== null },
      todayInNorway(),
    );
    if (!isWithdrawable(status) || !(await repo.markWithdrawn(trx, consentId, { userId: scoped.kind === 'staff' ? scoped.userId : null, reason }))) {
      throw conflict('consent_not_active', 'The consent is not in force, so there is nothing to withdraw');
    }
    await appendSystemEntry(trx, scoped, caseId, {
      kind: 'consent_event', body: reason, payload: { event: 'withdrawn', consentId },
      residentAuthor: access.reason === 'guardian'
        ? { kind: 'guardian', guardianId: residentGuardianIds.find((id) => consent.guardian_ids.includes(id)) ?? null }
        : { kind: 'young_person' },
    });
    await appendAudit(trx, scoped, [{ action: 'consent.withdraw', entityType: 'consent', entityId: consentId, childId: row.child_id }]);
    return { id: consentId };
  });
}

/** A resident's guardian rows in the case's tenant (none for staff and for a young person). */
async function residentGuardians(trx: Trx, actor: Actor): Promise<string[]> {
  return actor.kind === 'resident' ? repo.guardianIdsByDigest(trx, actor.pidHash) : [];
}
