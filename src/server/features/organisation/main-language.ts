import type { ContentLanguage } from '../../../contracts/content.js';
import type { MainLanguage } from '../../../contracts/organisation.js';
import type { Executor } from '../../platform/db/database.js';

/*
 * The municipality's main language (issue 9): bokmål or nynorsk. It is the language its pages
 * default to and the language its main texts are written in. Every question «which language is
 * this municipality's main text in?» is answered here, so that the day the main text fields are
 * keyed by the main language instead of `nb`, only MAIN_TEXT_FIELD and textLanguage change.
 */

/** A tenant row or the public view of one; anything but nynorsk is bokmål, the default. */
export function mainLanguageOf(tenant: { main_language?: string | null } | { mainLanguage?: string | null }): MainLanguage {
  const value = 'main_language' in tenant ? tenant.main_language : 'mainLanguage' in tenant ? tenant.mainLanguage : null;
  return value === 'nn' ? 'nn' : 'nb';
}

/** The main language of the transaction's tenant (under withTenant, RLS shows only that one). */
export async function mainLanguage(db: Executor, tenantId: string): Promise<MainLanguage> {
  const row = await db.selectFrom('tenants').select('main_language').where('id', '=', tenantId).executeTakeFirst();
  return mainLanguageOf(row ?? {});
}

/**
 * Services' and guide steps' texts keep their required, main text under `nb` whatever the
 * municipality writes (contracts/catalogue.ts, contracts/guide.ts), with `nn` and `en` as
 * translations; their views say `language: 'nb'` when they show that main text.
 */
export const MAIN_TEXT_FIELD = 'nb' satisfies ContentLanguage;

/**
 * The language a text is really written in, from the field a view says it came from: the main
 * text field holds the municipality's main language (a nynorsk municipality writes nynorsk there).
 */
export function textLanguage(field: ContentLanguage, main: MainLanguage): ContentLanguage {
  return field === MAIN_TEXT_FIELD ? main : field;
}
