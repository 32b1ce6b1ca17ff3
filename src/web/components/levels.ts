import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { levelTextIn, type Level, type LevelModel } from '../../contracts/levels.js';
import { api } from '../api/client.js';

export const levelModelKey = ['levels'] as const;

export interface LevelName {
  /** «Nivå 2» */
  name: string;
  /** «Nivå 2: Enkelt samarbeid mellom tjenester» */
  label: string;
  description: string;
  /** the text's language where it is not the page's (a level named in bokmål only on a nynorsk page), for `lang` */
  lang: 'nb' | 'nn' | 'en' | undefined;
}

/**
 * The municipality's levels as it names them (GET /api/levels), in the page's language where
 * translated, else bokmål marked with its `lang`. Until the model has loaded — or if it cannot be
 * read — a level is named by its number («Nivå 2»), so no page waits on it.
 */
export function useLevels(options: { enabled?: boolean } = {}) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: levelModelKey,
    queryFn: ({ signal }) => api<LevelModel>('/api/levels', { signal }),
    staleTime: 5 * 60_000,
    enabled: options.enabled ?? true,
  });
  const pageLang = i18n.language === 'nn' || i18n.language === 'en' ? i18n.language : 'nb';
  const levels: Level[] = query.data?.levels ?? [];
  const byNumber = new Map(levels.map((l) => [l.number, l]));
  const nameOf = (n: number): LevelName => {
    const l = byNumber.get(n);
    if (!l) {
      const fallback = t('levelNames.fallback', { level: n });
      return { name: fallback, label: fallback, description: '', lang: undefined };
    }
    const { text, language } = levelTextIn(l, pageLang);
    const label = text.title && text.title !== text.name ? t('levelNames.label', { name: text.name, title: text.title }) : text.name;
    return { name: text.name, label, description: text.description, lang: language === pageLang ? undefined : language };
  };
  return {
    query,
    levels,
    /** the levels cases can be on: every level after the concern's (BTI: 1–3) */
    caseLevels: levels.filter((l) => l.number > 0).map((l) => l.number),
    nameOf,
  };
}
