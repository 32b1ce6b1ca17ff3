/** Today's date in Norway as YYYY-MM-DD: enrolments and deadlines follow the local calendar. */
export function todayInNorway(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
}
