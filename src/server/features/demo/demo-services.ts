import type { Insertable } from 'kysely';
import { serviceInput } from '../../../contracts/catalogue.js';
import type { ServicesTable } from '../../platform/db/schema.js';
import { sortKey } from '../../platform/text/sort-key.js';
import type { Random } from './prng.js';
import { COMMUNITY_SERVICES } from './demo-services-community.js';
import { HEALTH_SERVICES } from './demo-services-health.js';
import { MENTAL_HEALTH_SERVICES } from './demo-services-mental-health.js';
import { SCHOOL_SERVICES } from './demo-services-school.js';
import type { DemoService } from './demo-service-types.js';
import { DEMO_EXTRA_SERVICES, DEMO_SERVICE_FIELDS } from './demo-service-fields.js';

/** The demo municipality's service catalogue for children and young people 0–25 and their families: published ones and two drafts. */
export const DEMO_SERVICES: readonly DemoService[] = [
  ...HEALTH_SERVICES, ...MENTAL_HEALTH_SERVICES, ...SCHOOL_SERVICES, ...COMMUNITY_SERVICES, ...DEMO_EXTRA_SERVICES,
].map((s) => {
  const extra = DEMO_SERVICE_FIELDS[s.slug];
  if (!extra) return s;
  const { costText, ...fields } = extra;
  const withCost = <T extends DemoService['nn']>(text: T, cost: string | undefined): T => (text && cost ? { ...text, costText: cost } : text);
  return {
    ...s, ...fields,
    nb: withCost(s.nb, costText?.nb)!,
    nn: withCost(s.nn, costText?.nn),
    en: withCost(s.en, costText?.en),
  };
});

/**
 * The catalogue's rows. Every service goes through the same contract an editor's input does,
 * so the demo holds nothing the editor would refuse (links, phone numbers, lengths), and the
 * stored content has the shape the catalogue reads. Ids come from the caller's random source.
 */
export function planServices(
  rnd: Random, tenantId: string, unitIdByName: ReadonlyMap<string, string>, publishedAt: Date, editorId: string | null,
): Insertable<ServicesTable>[] {
  return DEMO_SERVICES.map((s) => {
    const unitId = s.unit === null ? null : unitIdByName.get(s.unit);
    if (unitId === undefined) throw new Error(`demo unit missing for service ${s.slug}`);
    const v = serviceInput.parse({
      slug: s.slug, unitId, serviceType: s.type, ageFrom: s.ages?.[0] ?? null, ageTo: s.ages?.[1] ?? null, targetGroups: [...(s.targetGroups ?? [])],
      needs: [...s.needs], referrers: [...(s.selfReferral ? ['self' as const] : []), ...(s.referrers ?? [])], cost: s.cost ?? null, dropIn: s.dropIn ?? false,
      content: { nb: s.nb, nn: s.nn ?? null, en: s.en ?? null }, phones: [{ number: s.phone, label: '' }, ...(s.morePhones ?? [])],
      contactPersons: s.contactPersons ?? [], interMunicipal: s.interMunicipal ?? null, email: s.email, address: s.address, links: s.links ?? [],
    });
    return {
      id: rnd.uuid(),
      tenant_id: tenantId,
      unit_id: v.unitId,
      slug: v.slug,
      service_type: v.serviceType,
      status: s.draft ? 'draft' : 'published',
      age_from: v.ageFrom,
      age_to: v.ageTo,
      target_groups: v.targetGroups,
      needs: v.needs,
      referrers: v.referrers,
      cost: v.cost,
      drop_in: v.dropIn,
      content: JSON.stringify(v.content),
      phones: JSON.stringify(v.phones),
      contact_persons: JSON.stringify(v.contactPersons),
      inter_municipal_name: v.interMunicipal?.name ?? null,
      host_municipality_number: v.interMunicipal?.hostMunicipalityNumber ?? null,
      host_municipality_name: v.interMunicipal?.hostMunicipalityName ?? null,
      email: v.email,
      address: v.address,
      links: JSON.stringify(v.links),
      sort_key: sortKey(v.content.nb.name),
      published_at: s.draft ? null : publishedAt,
      updated_by: editorId,
    };
  });
}
