import { useTranslation } from 'react-i18next';
import { defaultConcernSignals } from '../../contracts/concerns.js';
import { useBokmalLang } from './content-lang.js';

const keyByLabel = new Map<string, (typeof defaultConcernSignals)[number]['key']>(defaultConcernSignals.map((s) => [s.nb, s.key]));

/**
 * A worry signal as stored on a concern (its bokmål label). Samla's default signals are shown in
 * the reader's language; a municipality's own signal has only its bokmål text and is marked
 * lang="nb" on nynorsk and English pages (WCAG 3.1.2).
 */
export function SignalText({ label }: { label: string }) {
  const { t } = useTranslation();
  const bokmal = useBokmalLang();
  const key = keyByLabel.get(label);
  if (key) return <>{t(`concerns.signals.${key}`)}</>;
  return <span lang={bokmal}>{label}</span>;
}
