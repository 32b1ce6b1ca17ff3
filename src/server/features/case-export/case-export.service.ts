import type { Db } from '../../platform/db/database.js';
import type { StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { effectiveProtection, presentAddress } from '../children/address-protection.js';
import { loadCaseForActor, withCaseTenant } from '../cases/case-access.js';
import { concernRecordForCase } from '../concerns/concerns.service.js';
import { renderCasePdf, type CaseExport } from './case-pdf.js';
import * as repo from './case-export.repository.js';
import { levelsOf } from '../levels/levels.model.js';
import { levelLabel } from '../../../contracts/levels.js';

/**
 * The whole case as a PDF for the pupil's file (issue 3, item 8): staff who may read the case,
 * audited as case.export_pdf. The child's address goes through the household's protection
 * (rule 7), so a protected address is never printed.
 */
export async function exportCasePdf(db: Db, actor: StaffActor, caseId: string): Promise<Buffer> {
  const data: CaseExport = await withCaseTenant(db, actor, caseId, async (trx) => {
    const { row } = await loadCaseForActor(trx, actor, caseId, 'read');
    const header = await repo.caseHeader(trx, caseId);
    // The level-0 record the case was opened from goes with it (issue 9).
    const concern = row.concern_id ? await concernRecordForCase(trx, row.concern_id) : null;
    const [guardians, holders, members, consents, goals, measures, evaluations, entries] = await Promise.all([
      repo.guardians(trx, header.child_id),
      repo.holders(trx, caseId),
      repo.members(trx, caseId),
      repo.consents(trx, caseId),
      repo.goals(trx, caseId),
      repo.measures(trx, caseId),
      repo.evaluations(trx, caseId),
      repo.entries(trx, caseId),
    ]);
    const { levels } = await levelsOf(trx, actor.tenantId);
    await appendAudit(trx, actor, [
      { action: 'case.export_pdf', entityType: 'case', entityId: caseId, childId: header.child_id },
      ...(concern ? [{ action: 'case.concern_read' as const, entityType: 'concern' as const, entityId: concern.id, childId: header.child_id }] : []),
    ]);
    const protection = effectiveProtection(header.address_protection, guardians.map((g) => g.address_protection));
    return {
      header: { ...header, address: presentAddress(protection, header) },
      guardians: guardians.filter((g) => g.parental_responsibility).map((g) => g.name),
      holders, members, consents, goals, measures, evaluations, entries, concern,
      exportedBy: actor.name,
      exportedAt: new Date(),
      levels: new Map(levels.map((l) => [l.number, { name: l.content.nb.name, label: levelLabel(l, 'nb') }])),
    };
  });
  // Rendered after the transaction: PGlite has one connection, and layout takes a while.
  return renderCasePdf(data);
}
