import type { GuideDetail } from '../../../contracts/guide.js';
import type { GuideRow, GuideValues } from './guides.repository.js';

type Texts = { nb: string; nn?: string | null; en?: string | null };
const texts = (v: unknown) => {
  const t = v as Texts;
  return { nb: t.nb, nn: t.nn ?? null, en: t.en ?? null };
};

export const toGuideDetail = (g: GuideRow): GuideDetail => ({
  id: g.id, slug: g.slug, name: texts(g.name), audience: texts(g.audience), position: g.position, published: g.published,
  stepCount: Number(g.step_count ?? 0), version: g.version,
});

/** The guide every municipality starts with; migration 0008 names it the same («bti»). */
export const defaultGuideValues: GuideValues = {
  slug: 'bti',
  name: { nb: 'Handlingsveileder', nn: 'Handlingsrettleiar', en: 'Action guide' },
  audience: { nb: '', nn: null, en: null },
  position: 0,
  published: true,
};
