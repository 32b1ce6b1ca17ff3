import type { Db } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { ResidentActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/http/errors.js';
import type { ResidentCase } from '../../../contracts/consents.js';
import { loadCaseForActor } from '../cases/case-access.js';
import * as repo from './resident.repository.js';
import { levelsOf } from '../levels/levels.model.js';
import { levelNamesOf } from '../../../contracts/levels.js';

/** A family has a handful of cases; this bounds a pathological one without paging. */
const MAX_CASES_PER_TENANT = 100;

/**
 * The cases a logged-in guardian or young person may see: their children's cases (as a
 * guardian with parental responsibility) and their own from the tenant's age. Each candidate
 * goes through the same case gate as every other read (loadCaseForActor), so this list never
 * shows a case that GET /api/cases/:id would refuse; each listed case is audited in its tenant.
 */
export async function listResidentCases(db: Db, actor: ResidentActor): Promise<ResidentCase[]> {
  const links = await repo.childLinksByDigest(db, actor.pidHash);
  const childrenByTenant = new Map<string, string[]>();
  for (const l of links) childrenByTenant.set(l.tenant_id, [...(childrenByTenant.get(l.tenant_id) ?? []), l.child_id]);

  const items: ResidentCase[] = [];
  for (const [tenantId, childIds] of childrenByTenant) {
    const scoped: ResidentActor = { ...actor, tenantId };
    const found = await withTenant(db, tenantId, async (trx) => {
      const rows = await repo.casesOfChildren(trx, childIds, MAX_CASES_PER_TENANT);
      const { levels } = await levelsOf(trx, tenantId);
      const visible: ResidentCase[] = [];
      const audited: { caseId: string; childId: string }[] = [];
      for (const r of rows) {
        let access;
        try {
          access = await loadCaseForActor(trx, scoped, r.id, 'read');
        } catch (err) {
          if (err instanceof AppError && err.status === 404) continue; // e.g. a child below the age
          throw err;
        }
        audited.push({ caseId: r.id, childId: access.row.child_id });
        visible.push({
          id: r.id,
          child: { givenName: r.given_name, familyName: r.family_name, birthDate: r.birth_date },
          municipality: r.tenant_name,
          owningUnit: { name: r.unit_name, type: r.unit_type },
          level: r.level,
          status: r.status,
          openedAt: r.opened_at.toISOString(),
          reason: access.access.reason,
          ...(levels[r.level] ? { levelNames: levelNamesOf(levels[r.level]!) } : {}),
        });
      }
      await appendAudit(trx, scoped, audited.map((a) => ({ action: 'resident.case_list', entityType: 'case', entityId: a.caseId, childId: a.childId })));
      return visible;
    });
    items.push(...found);
  }
  return items.sort((a, b) => b.openedAt.localeCompare(a.openedAt) || b.id.localeCompare(a.id));
}
