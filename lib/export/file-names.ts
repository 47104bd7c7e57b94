const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` in the user's time zone: the day they see on their calendar. */
function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `kpi-lens-YYYY-MM-DD.json`. */
export function exportFileName(date: Date = new Date()): string {
  return `kpi-lens-${localDay(date)}.json`;
}

/** `kpi-lens-posts-YYYY-MM-DD.csv` or `kpi-lens-profiles-YYYY-MM-DD.csv`. */
export function csvFileName(kind: 'posts' | 'profiles', date: Date = new Date()): string {
  return `kpi-lens-${kind}-${localDay(date)}.csv`;
}
