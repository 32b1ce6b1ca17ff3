// One formatter each: Intl formatters are costly to build, and Swedish writes dates as ISO 8601.
const osloDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
const osloClock = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' });

/** The calendar day in Norway of an instant (ISO timestamp), as YYYY-MM-DD for format.date. */
export function osloDay(iso: string): string {
  return osloDate.format(new Date(iso));
}

/** Today's date in Norway as YYYY-MM-DD: default and latest allowed date of what people record, and the day deadlines pass. */
export function todayInNorway(): string {
  return osloDate.format(new Date());
}

/** hh:mm in Norway, for «Utkast lagret 14:05». */
export function osloTime(date: Date): string {
  return osloClock.format(date);
}
