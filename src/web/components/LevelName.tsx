import { useTranslation } from 'react-i18next';
import type { LevelNames } from '../../contracts/levels.js';
import { useLevels } from './levels.js';

/**
 * A level as the municipality names it: «Nivå 2: Tverrfaglig samarbeid» (or only «Nivå 2» with
 * `short`), with `lang` where the name is shown in another language than the page. `names` (from
 * the case itself) wins over the model: a resident's cases may be in another municipality.
 */
export function LevelName({ level, short = false, names }: { level: number; short?: boolean; names?: LevelNames }) {
  const { i18n } = useTranslation();
  const { nameOf } = useLevels({ enabled: !names });
  if (names) {
    const lang = i18n.language === 'nn' || i18n.language === 'en' ? i18n.language : 'nb';
    const textLang = names.language[lang];
    return <span lang={textLang !== lang ? textLang : undefined}>{short ? names.name[lang] : names.label[lang]}</span>;
  }
  const n = nameOf(level);
  return <span lang={n.lang}>{short ? n.name : n.label}</span>;
}
