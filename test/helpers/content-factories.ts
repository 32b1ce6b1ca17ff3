import type { Db } from '../../src/server/platform/db/database.js';
import { sortKey } from '../../src/server/platform/text/sort-key.js';
import type { ServiceNeed, ServiceText, ServiceType } from '../../src/contracts/catalogue.js';
import type { Link } from '../../src/contracts/content.js';

/** Public content through the owner connection, with sensible defaults. Texts are made up. */
let counter = 0;
const next = () => ++counter;

export async function buildService(
  db: Db,
  tenantId: string,
  over: {
    name?: string; slug?: string; unitId?: string | null; serviceType?: ServiceType; status?: 'draft' | 'published' | 'archived';
    ageFrom?: number; ageTo?: number; needs?: ServiceNeed[]; selfReferral?: boolean;
    nb?: Partial<ServiceText>; nn?: Partial<ServiceText> | null; en?: Partial<ServiceText> | null; links?: Link[];
  } = {},
) {
  const n = next();
  const name = over.name ?? over.nb?.name ?? `Tjeneste ${n}`;
  const text = (t: Partial<ServiceText>, fallbackName: string): ServiceText => ({
    name: fallbackName, summary: 'Et tilbud til barn og unge.', whoWeAre: '', whatWeOffer: 'Samtaler og veiledning.', targetGroup: '',
    howToGetHelp: 'Ta kontakt på telefon.', openingHours: '', ...t,
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
      age_from: over.ageFrom ?? 0,
      age_to: over.ageTo ?? 18,
      needs: over.needs ?? [],
      self_referral: over.selfReferral ?? true,
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
