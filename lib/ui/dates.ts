/**
 * Date fields give a calendar day ("2026-03-31") in the user's time zone; records keep UTC
 * instants. A day starts at local midnight and ends at its last millisecond, so a deadline
 * "31 March" includes all of the 31st.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string): [number, number, number] | null {
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(year, month - 1, date);
  if (check.getFullYear() !== year || check.getMonth() !== month - 1 || check.getDate() !== date) return null;
  return [year, month, date];
}

export function startOfDay(day: string): string | null {
  const parts = parseDay(day);
  return parts && new Date(parts[0], parts[1] - 1, parts[2]).toISOString();
}

export function endOfDay(day: string): string | null {
  const parts = parseDay(day);
  return parts && new Date(parts[0], parts[1] - 1, parts[2], 23, 59, 59, 999).toISOString();
}

/** The local calendar day of an instant, as a date field wants it. */
export function dayOf(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}
