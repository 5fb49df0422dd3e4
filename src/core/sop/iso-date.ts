const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return toUtcMs(value) !== null;
}

/** The ISO date `days` after `date`, computed in UTC so the result never depends on the machine's zone. */
export function addDays({
  date,
  days,
}: {
  date: string;
  days: number;
}): string {
  const ms = toUtcMs(date);
  if (ms === null)
    throw new Error(
      `Cannot add ${days} days to "${date}": expected a date written YYYY-MM-DD`,
    );
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

function toUtcMs(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const [year, month, day] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  const real =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day;
  return real ? ms : null;
}
