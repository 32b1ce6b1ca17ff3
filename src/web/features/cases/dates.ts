/** The calendar day in Norway of an instant (ISO timestamp), as YYYY-MM-DD for format.date. */
export function osloDay(iso: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** hh:mm in Norway, for «Utkast lagret 14:05». */
export function osloTime(date: Date): string {
  return new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(date);
}

/** Today in Norway, the default date of a new entry. */
export const todayInNorway = () => osloDay(new Date().toISOString());
