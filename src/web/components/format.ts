import { useTranslation } from 'react-i18next';
import { locale } from '../i18n/index.js';

/** ISO dates (YYYY-MM-DD) are calendar dates: format them without a time zone shift. */
export function useFormat() {
  const { i18n } = useTranslation();
  const loc = locale(i18n.language);
  return {
    date(iso: string): string {
      const [y, m, d] = iso.split('-').map(Number);
      if (!y || !m || !d) return iso;
      return new Intl.DateTimeFormat(loc, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
    },
    dateTime(iso: string): string {
      return new Intl.DateTimeFormat(loc, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Oslo' }).format(new Date(iso));
    },
    number(n: number): string {
      return new Intl.NumberFormat(loc).format(n);
    },
  };
}
