import { withTenant, type Db, type Executor } from '../../platform/db/database.js';
import * as guides from './guides.repository.js';
import { renderMarkdown } from '../../platform/text/markdown.js';
import type { ContentLanguage } from '../../../contracts/content.js';
import type { GuideChoiceList, GuideOverview, GuideStepView, WorkPoint } from '../../../contracts/guide.js';
import { documentRefs } from '../library/library.service.js';
import { choicesOf, labelIn, textIn } from './guide.present.js';
import * as repo from './guide.repository.js';

/*
 * The guide as readers see it — residents on the public pages, staff in Samla. Everything a
 * guide step says is markdown rendered on the server; a text not translated falls back to
 * bokmål. Documents appear only while they have a published version (library's documentRefs).
 */

type Translated = { nb: string; nn?: string | null; en?: string | null };
/** A guide's text in the reader's language, else bokmål, and which language it is in. */
const textOf = (t: unknown, lang: ContentLanguage): { text: string; language: ContentLanguage } => {
  const v = t as Translated;
  const translated = v[lang];
  return translated ? { text: translated, language: lang } : { text: v.nb, language: 'nb' };
};
const summaryOf = (g: guides.GuideRow | NonNullable<Awaited<ReturnType<typeof guides.findGuideBySlug>>>, lang: ContentLanguage) => {
  const name = textOf(g.name, lang);
  const audience = textOf(g.audience, lang);
  return { slug: g.slug, name: name.text, nameLanguage: name.language, audience: audience.text, audienceLanguage: audience.language };
};

/** The published guides in order, for the reader to choose among. */
export async function publishedGuideList(db: Db, tenantId: string, lang: ContentLanguage): Promise<GuideChoiceList> {
  return withTenant(db, tenantId, async (trx) => (await guides.publishedGuides(trx, tenantId)).map((g) => summaryOf(g, lang)));
}

/**
 * One guide's levels with their steps in reading order, and every tool the steps link, once each.
 * `guideSlug` names a published guide (null when there is none); left out, the first guide (the
 * staff app's view, whatever is published).
 */
export async function guideOverview(db: Db, tenantId: string, lang: ContentLanguage, guideSlug?: string): Promise<GuideOverview | null> {
  return withTenant(db, tenantId, async (trx) => {
    const guide = guideSlug
      ? await guides.findGuideBySlug(trx, tenantId, guideSlug)
      : (await guides.guidesOfTenant(trx, tenantId))[0];
    if (guideSlug && !guide?.published) return null;
    const steps = guide ? await repo.stepTitles(trx, tenantId, lang, undefined, guide.id) : [];
    const linked = [...new Set(steps.flatMap((s) => s.document_ids))];
    const refs = await documentRefs(trx, tenantId, linked, [lang]);
    const levels = new Map<number, GuideOverview['levels'][number]>();
    for (const s of steps) {
      const level = levels.get(s.level) ?? { level: s.level, steps: [] };
      level.steps.push({ key: s.key, kind: s.kind, title: s.title, language: s.language });
      levels.set(s.level, level);
    }
    return {
      guide: guide ? summaryOf(guide, lang) : null,
      startKey: steps.find((s) => s.kind === 'start')?.key ?? null,
      language: lang,
      levels: [...levels.values()].sort((a, b) => a.level - b.level),
      tools: linked.flatMap((id) => {
        const ref = refs.get(id);
        return ref ? [ref] : [];
      }),
    };
  });
}

/** The deadline of the guide's step tied to a point of case work, or null: the concern's decision uses it. */
export async function workPointDeadline(trx: Executor, tenantId: string, point: WorkPoint): Promise<number | null> {
  return repo.workPointDeadline(trx, tenantId, point);
}

/**
 * One step in the reader's language (`language` says which one the text is in, after the
 * fallback), with its choices — each naming where it leads, so a page can say «Nivå 1: …» —
 * and its published documents. Null for a key the tenant's guides do not have, and for the public
 * (`published`) a step of an unpublished guide or, with `guideSlug`, of another guide.
 */
export async function guideStepView(
  db: Db, tenantId: string, key: string, lang: ContentLanguage, opts: { guideSlug?: string; published?: boolean } = {},
): Promise<GuideStepView | null> {
  return withTenant(db, tenantId, async (trx) => {
    const step = await repo.findStepByKey(trx, tenantId, key);
    if (!step) return null;
    const guide = (await guides.guidesOfTenant(trx, tenantId)).find((g) => g.id === step.guide_id);
    if (!guide || (opts.published && !guide.published) || (opts.guideSlug !== undefined && opts.guideSlug !== guide.slug)) return null;
    const choices = choicesOf(step);
    const [targets, refs] = await Promise.all([
      repo.stepTitles(trx, tenantId, lang, choices.map((c) => c.to), step.guide_id),
      documentRefs(trx, tenantId, step.document_ids, [lang]),
    ]);
    const targetByKey = new Map(targets.map((t) => [t.key, t]));
    const { text, language } = textIn(step, lang);
    return {
      guide: guide.slug,
      key: step.key,
      level: step.level,
      kind: step.kind,
      language,
      title: text.title,
      bodyHtml: renderMarkdown(text.body),
      howHtml: renderMarkdown(text.how),
      who: text.who,
      staffFunction: (step.staff_function as GuideStepView['staffFunction']) ?? null,
      deadlineDays: step.deadline_days,
      choices: choices.flatMap((c) => {
        const target = targetByKey.get(c.to);
        const label = labelIn(c, lang);
        return target ? [{ ...label, to: c.to, toLevel: target.level, toTitle: target.title, toLanguage: target.language }] : [];
      }),
      documents: step.document_ids.flatMap((id) => {
        const ref = refs.get(id);
        return ref ? [ref] : [];
      }),
    };
  });
}
