import type { Db } from '../../src/server/platform/db/database.js';
import { sortKey } from '../../src/server/platform/text/sort-key.js';
import type { ServiceNeed, ServiceText, ServiceType } from '../../src/contracts/catalogue.js';
import type { Link } from '../../src/contracts/content.js';
import type { Referrer, TargetGroup } from '../../src/contracts/catalogue-fields.js';

/** Public content through the owner connection, with sensible defaults. Texts are made up. */
let counter = 0;
const next = () => ++counter;

export async function buildService(
  db: Db,
  tenantId: string,
  over: {
    name?: string; slug?: string; unitId?: string | null; serviceType?: ServiceType; status?: 'draft' | 'published' | 'archived';
    ageFrom?: number | null; ageTo?: number | null; needs?: ServiceNeed[]; selfReferral?: boolean;
    referrers?: Referrer[]; targetGroups?: TargetGroup[]; cost?: 'free' | 'fee' | null; dropIn?: boolean;
    phones?: { number: string; label: string }[]; interMunicipal?: { name: string; hostNumber: string; hostName: string };
    nb?: Partial<ServiceText>; nn?: Partial<ServiceText> | null; en?: Partial<ServiceText> | null; links?: Link[];
  } = {},
) {
  const n = next();
  const name = over.name ?? over.nb?.name ?? `Tjeneste ${n}`;
  const text = (t: Partial<ServiceText>, fallbackName: string): ServiceText => ({
    name: fallbackName, summary: 'Et tilbud til barn og unge.', whoWeAre: '', whatWeOffer: 'Samtaler og veiledning.', targetGroup: '',
    howToGetHelp: 'Ta kontakt på telefon.', openingHours: '', costText: '', ...t,
  });
  const status = over.status ?? 'published';
  return db
    .insertInto('services')
    .values({
      tenant_id: tenantId,
      unit_id: over.unitId ?? null,
      slug: over.slug ?? `tjeneste-${n}`,
      service_type: over.serviceType ?? 'health',
      status,
      age_from: over.ageFrom === undefined ? 0 : over.ageFrom,
      age_to: over.ageTo === undefined ? 18 : over.ageTo,
      needs: over.needs ?? [],
      referrers: over.referrers ?? (over.selfReferral ?? true ? ['self'] : []),
      target_groups: over.targetGroups ?? [],
      cost: over.cost ?? null,
      drop_in: over.dropIn ?? false,
      phones: JSON.stringify(over.phones ?? []),
      inter_municipal_name: over.interMunicipal?.name ?? null,
      host_municipality_number: over.interMunicipal?.hostNumber ?? null,
      host_municipality_name: over.interMunicipal?.hostName ?? null,
      content: JSON.stringify({
        nb: text(over.nb ?? {}, name),
        nn: over.nn ? text(over.nn, over.nn.name ?? name) : null,
        en: over.en ? text(over.en, over.en.name ?? name) : null,
      }),
      links: JSON.stringify(over.links ?? []),
      sort_key: sortKey(name),
      published_at: status === 'published' ? new Date() : null,
    })
    .returning(['id', 'slug', 'version', 'unit_id'])
    .executeTakeFirstOrThrow();
}
