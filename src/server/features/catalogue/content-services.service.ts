import type { z } from 'zod';
import type { Db, Trx } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { Actor, StaffActor } from '../../platform/access/actor.js';
import { appendAudit } from '../../platform/audit/audit.js';
import { decodeSortKeyCursor, encodeCursor } from '../../platform/http/cursor.js';
import { conflict, notFound, validationError } from '../../platform/http/errors.js';
import { containsPattern, sortKey } from '../../platform/text/sort-key.js';
import type {
  ContentServiceList, ServiceDetail, ServiceText, ServiceType, contentServiceQuery, serviceInput,
} from '../../../contracts/catalogue.js';
import type { ContentRights } from '../../../contracts/content.js';
import { mapUniqueViolation } from '../organisation/organisation.service.js';
import { serviceContact, serviceFacts, storedLinks, type StoredContent } from './catalogue.service.js';
import {
  editableUnitIds, isContentCoordinator, ledUnitIds, mayChooseUnit, mayEditService, mayEditServices, statusAfter, type StatusChange,
} from './catalogue.policy.js';
import * as repo from './catalogue.repository.js';

type ServiceInput = z.output<typeof serviceInput>;
const iso = (d: unknown) => new Date(d as Date | string).toISOString();
const field = (path: string, code: string, message: string) => validationError([{ path, code, message }]);

// Service-level problems name the service's own fields (`slug`, `unitId`), as in POST's body,
// so that one editor form maps them the same way for create and update.
const slugTaken = () =>
  conflict('slug_taken', 'Another service already has this address', [{ path: 'slug', code: 'slug_taken', message: 'Another service already has this address' }]);
const versionConflict = () => conflict('version_conflict', 'Someone else changed this service; reload it to see the change');

/**
 * The units whose services the actor may edit, read in the transaction that acts on them: null
 * every unit (coordinators), else the active units they lead (catalogue.policy.ts).
 */
async function editableUnits(trx: Trx, actor: StaffActor): Promise<string[] | null> {
  const led = ledUnitIds(actor);
  if (led === null || led.length === 0) return led;
  return editableUnitIds(actor, new Set(await repo.activeUnitIds(trx, led)));
}

/** The editable units of an actor who must have some: a leader of archived units only is no editor (404). */
async function requireEditableUnits(trx: Trx, actor: StaffActor): Promise<string[] | null> {
  const units = await editableUnits(trx, actor);
  if (units !== null && units.length === 0) throw notFound();
  return units;
}

/** What the session's user may edit in the public content: the web shows its editor menus from this. */
export async function contentRights(db: Db, actor: StaffActor): Promise<ContentRights> {
  if (!mayEditServices(actor)) return { coordinator: false, serviceUnitIds: [] };
  return withTenant(db, actor.tenantId, async (trx) => {
    const units = await editableUnits(trx, actor);
    // Active units only: an archived unit is not chosen anew (checkUnit).
    return { coordinator: isContentCoordinator(actor), serviceUnitIds: units ?? (await repo.activeUnitIds(trx)) };
  });
}

/** Every service the user may edit, drafts and archived too, by name; others get an empty list. */
export async function listContentServices(db: Db, actor: Actor, query: z.output<typeof contentServiceQuery>): Promise<ContentServiceList> {
  if (!mayEditServices(actor)) return { items: [], nextCursor: null };
  const after = decodeSortKeyCursor(query.cursor);
  const nameKey = query.q ? containsPattern(sortKey(query.q)) : undefined;
  const rows = await withTenant(db, actor.tenantId, async (trx) => {
    const unitIds = await editableUnits(trx, actor);
    if (unitIds !== null && unitIds.length === 0) return [];
    return repo.listForEditor(trx, { unitIds, status: query.status, nameKey, after, limit: query.limit + 1 });
  });
  const pageRows = rows.slice(0, query.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((r) => ({
      // The editor's list names services as written: in bokmål.
      id: r.id, slug: r.slug, language: 'nb' as const, name: r.name, summary: r.summary, unitName: r.unit_name,
      interMunicipalName: r.inter_municipal_name, serviceType: r.service_type as ServiceType, ...serviceFacts(r), status: r.status,
      editable: true, updatedAt: iso(r.updated_at),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.sort_key, last.id]) : null,
  };
}

export async function getContentService(db: Db, actor: Actor, id: string): Promise<ServiceDetail> {
  if (!mayEditServices(actor)) throw notFound();
  return withTenant(db, actor.tenantId, async (trx) => editableDetail(trx, await requireEditableUnits(trx, actor), id));
}

/** A new service starts as a draft; the slug is its public address and unique in the municipality. */
export async function createService(db: Db, actor: Actor, input: ServiceInput): Promise<ServiceDetail> {
  if (!mayEditServices(actor)) throw notFound();
  return mapUniqueViolation(
    () => withTenant(db, actor.tenantId, async (trx) => {
      const units = await requireEditableUnits(trx, actor);
      await checkUnit(trx, units, input.unitId, null);
      if (await repo.serviceIdBySlug(trx, input.slug)) throw slugTaken();
      const { id } = await repo.insertService(trx, actor.tenantId, actor.userId, serviceValues(input));
      await appendAudit(trx, actor, [{ action: 'service.create', entityType: 'service', entityId: id }]);
      return editableDetail(trx, units, id);
    }),
    { services_tenant_id_slug_key: slugTaken },
  );
}

/** The whole service again, at the version the editor saw; a published service stays published. */
export async function updateService(db: Db, actor: Actor, id: string, input: ServiceInput, version: number): Promise<ServiceDetail> {
  if (!mayEditServices(actor)) throw notFound();
  return mapUniqueViolation(
    () => withTenant(db, actor.tenantId, async (trx) => {
      const units = await requireEditableUnits(trx, actor);
      const current = await lockEditable(trx, units, id, version);
      await checkUnit(trx, units, input.unitId, current.unit_id);
      if (await repo.serviceIdBySlug(trx, input.slug, id)) throw slugTaken();
      if (!(await repo.updateServiceVersioned(trx, id, version, actor.userId, serviceValues(input)))) throw versionConflict();
      await appendAudit(trx, actor, [{ action: 'service.update', entityType: 'service', entityId: id }]);
      return editableDetail(trx, units, id);
    }),
    { services_tenant_id_slug_key: slugTaken },
  );
}

/** Publish, unpublish (back to draft) or archive; a change that makes no sense from the current status is a 409. */
export async function changeServiceStatus(db: Db, actor: Actor, id: string, change: StatusChange, version: number): Promise<ServiceDetail> {
  if (!mayEditServices(actor)) throw notFound();
  return withTenant(db, actor.tenantId, async (trx) => {
    const units = await requireEditableUnits(trx, actor);
    const current = await lockEditable(trx, units, id, version);
    const status = statusAfter(current.status, change);
    if (!status) throw conflict('status_unchanged', `A ${current.status} service cannot be changed by ${change}`);
    const set = status === 'published' ? { status, publish: true as const } : { status };
    if (!(await repo.updateServiceVersioned(trx, id, version, actor.userId, set))) throw versionConflict();
    await appendAudit(trx, actor, [{ action: `service.${change}`, entityType: 'service', entityId: id }]);
    return editableDetail(trx, units, id);
  });
}

/** The row under lock, if the actor may edit it (404 otherwise, as for an unknown id), at the version they saw. */
async function lockEditable(trx: Trx, units: readonly string[] | null, id: string, version: number) {
  const row = await repo.lockService(trx, id);
  if (!row || !mayEditService(units, row.unit_id)) throw notFound();
  if (row.version !== version) throw versionConflict();
  return row;
}

/**
 * The provider unit must be a unit of the municipality the actor may choose (a leader: one
 * they lead). A unit archived since it was chosen may stay, but is not chosen anew.
 */
async function checkUnit(trx: Trx, units: readonly string[] | null, unitId: string | null, currentUnitId: string | null) {
  if (!mayChooseUnit(units, unitId)) {
    throw field('unitId', 'unit_not_allowed', unitId === null ? 'Choose the unit that provides the service' : 'You can only choose a unit you lead');
  }
  if (unitId === null) return;
  const unit = await repo.findUnitForService(trx, unitId);
  if (!unit) throw field('unitId', 'unknown_unit', 'No such unit in the municipality');
  if (unit.archived_at && unitId !== currentUnitId) throw field('unitId', 'archived_unit', 'The unit is archived');
}

function serviceValues(s: ServiceInput): repo.ServiceValues {
  return {
    unit_id: s.unitId,
    slug: s.slug,
    service_type: s.serviceType,
    age_from: s.ageFrom,
    age_to: s.ageTo,
    target_groups: [...new Set(s.targetGroups)],
    needs: [...new Set(s.needs)],
    referrers: s.referrers,
    cost: s.cost,
    drop_in: s.dropIn,
    content: JSON.stringify(s.content),
    phones: JSON.stringify(s.phones),
    contact_persons: JSON.stringify(s.contactPersons),
    inter_municipal_name: s.interMunicipal?.name ?? null,
    host_municipality_number: s.interMunicipal?.hostMunicipalityNumber ?? null,
    host_municipality_name: s.interMunicipal?.hostMunicipalityName ?? null,
    email: s.email,
    address: s.address,
    links: JSON.stringify(s.links),
    sort_key: sortKey(s.content.nb.name),
  };
}

/** A text stored before costText existed reads as one without. */
const withCost = (t: ServiceText): ServiceText => ({ ...t, costText: t.costText ?? '' });

async function editableDetail(trx: Trx, units: readonly string[] | null, id: string): Promise<ServiceDetail> {
  const row = await repo.findService(trx, id);
  if (!row || !mayEditService(units, row.unit_id)) throw notFound();
  const content = row.content as StoredContent;
  return {
    id: row.id,
    slug: row.slug,
    unit: row.unit_id ? { id: row.unit_id, name: row.unit_name ?? '' } : null,
    serviceType: row.service_type as ServiceType,
    status: row.status,
    ...serviceFacts(row),
    content: { nb: withCost(content.nb), nn: content.nn ? withCost(content.nn) : null, en: content.en ? withCost(content.en) : null },
    ...serviceContact(row),
    email: row.email,
    address: row.address,
    links: storedLinks(row.links),
    publishedAt: row.published_at ? iso(row.published_at) : null,
    updatedAt: iso(row.updated_at),
    version: row.version,
    editable: true,
  };
}
