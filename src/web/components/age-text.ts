import '../i18n/features/catalogue.js';
import { useTranslation } from 'react-i18next';

/**
 * «9–12 år», or «6 år» when the range is one year. Its own module, so that the catalogue's list
 * does not load ServiceArticle (and DOMPurify with it) for the ages on its cards.
 */
export function useAgeText() {
  const { t } = useTranslation();
  return (from: number, to: number) => (from === to ? t('catalogue.ageExact', { from }) : t('catalogue.ageRange', { from, to }));
}
