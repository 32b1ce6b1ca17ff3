// One formatter for the process: toLocaleDateString with a time zone builds a new one per
// call, which showed up as the top cost of a request in `npm run bench`.
const norwayDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });

/** Today's date in Norway as YYYY-MM-DD: enrolments and deadlines follow the local calendar. */
export function todayInNorway(now = new Date()): string {
  return norwayDate.format(now);
}

/** An ISO date plus whole days, in calendar terms (no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
