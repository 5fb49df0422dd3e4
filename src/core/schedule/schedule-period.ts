import type { Cron } from "./parse-cron.js";

/** How far back a missed period is still run: a scan that skipped a few days catches up on the latest one. */
export const PERIOD_LOOKBACK_DAYS = 7;

/** Whether the cron allows this moment (UTC, to the minute). */
export function cronMatches(cron: Cron, at: Date): boolean {
  return (
    cron.minutes.has(at.getUTCMinutes()) &&
    cron.hours.has(at.getUTCHours()) &&
    dayMatches(cron, at)
  );
}

/**
 * The latest moment the cron names at or before `now` and within the
 * lookback, as "YYYY-MM-DDTHH:MM" (UTC): the period a scheduled run belongs
 * to, so a scan opens at most one run per period however often it runs.
 * Null when the cron named no moment in the lookback.
 */
export function schedulePeriod(cron: Cron, now: Date): string | null {
  const minutes = [...cron.minutes].sort((a, b) => b - a);
  const hours = [...cron.hours].sort((a, b) => b - a);
  const today = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate(),
  );
  for (let back = 0; back <= PERIOD_LOOKBACK_DAYS; back++) {
    const day = new Date(today - back * 86_400_000);
    if (!dayMatches(cron, day)) continue;
    for (const hour of hours)
      for (const minute of minutes) {
        const at = day.getTime() + (hour * 60 + minute) * 60_000;
        if (
          at <= now.getTime() &&
          now.getTime() - at <= PERIOD_LOOKBACK_DAYS * 86_400_000
        )
          return new Date(at).toISOString().slice(0, 16);
      }
  }
  return null;
}

function dayMatches(cron: Cron, at: Date): boolean {
  if (!cron.months.has(at.getUTCMonth() + 1)) return false;
  const day = cron.days.has(at.getUTCDate());
  const weekday = cron.weekdays.has(at.getUTCDay());
  return cron.eitherDay ? day || weekday : day && weekday;
}
