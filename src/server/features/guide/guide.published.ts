import { withTenant, type Db } from '../../platform/db/database.js';
import { renderMarkdown } from '../../platform/text/markdown.js';
import type { ContentLanguage } from '../../../contracts/content.js';
import type { GuideOverview, GuideStepView } from '../../../contracts/guide.js';
import { documentRefs } from '../library/library.service.js';
import { choicesOf, labelIn, textIn } from './guide.present.js';
import * as repo from './guide.repository.js';

/*
 * The guide as readers see it — residents on the public pages, staff in Samla. Everything a
 * guide step says is markdown rendered on the server; a text not translated falls back to
 * bokmål. Documents appear only while they have a published version (library's documentRefs).
 */

/** The levels with their steps in reading order, and every tool the steps link, once each. */
export async function guideOverview(db: Db, tenantId: string, lang: ContentLanguage): Promise<GuideOverview> {
  return withTenant(db, tenantId, async (trx) => {
    const steps = await repo.stepTitles(trx, tenantId, lang);
    const linked = [...new Set(steps.flatMap((s) => s.document_ids))];
    const refs = await documentRefs(trx, tenantId, linked, [lang]);
    const levels = new Map<number, GuideOverview['levels'][number]>();
    for (const s of steps) {
      const level = levels.get(s.level) ?? { level: s.level, steps: [] };
      level.steps.push({ key: s.key, kind: s.kind, title: s.title, language: s.language });
      levels.set(s.level, level);
    }
    return {
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

/**
 * One step in the reader's language (`language` says which one the text is in, after the
 * fallback), with its choices — each naming where it leads, so a page can say «Nivå 1: …» —
 * and its published documents. Null for a key the tenant's guide does not have.
 */
export async function guideStepView(db: Db, tenantId: string, key: string, lang: ContentLanguage): Promise<GuideStepView | null> {
  return withTenant(db, tenantId, async (trx) => {
    const step = await repo.findStepByKey(trx, tenantId, key);
    if (!step) return null;
    const choices = choicesOf(step);
    const [targets, refs] = await Promise.all([
      repo.stepTitles(trx, tenantId, lang, choices.map((c) => c.to)),
      documentRefs(trx, tenantId, step.document_ids, [lang]),
    ]);
    const targetByKey = new Map(targets.map((t) => [t.key, t]));
    const { text, language } = textIn(step, lang);
    return {
      key: step.key,
      level: step.level,
      kind: step.kind,
      language,
      title: text.title,
      bodyHtml: renderMarkdown(text.body),
      who: text.who,
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
