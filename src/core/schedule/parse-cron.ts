/** A five-field cron expression, each field the set of values it allows. */
export interface Cron {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  days: ReadonlySet<number>;
  months: ReadonlySet<number>;
  weekdays: ReadonlySet<number>;
  /** Whether day of month and day of week were both restricted: then either one matching is enough. */
  eitherDay: boolean;
}

const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

const FIELDS = [
  { name: "minute", min: 0, max: 59, names: [] as string[], base: 0 },
  { name: "hour", min: 0, max: 23, names: [], base: 0 },
  { name: "day of month", min: 1, max: 31, names: [], base: 0 },
  { name: "month", min: 1, max: 12, names: MONTHS, base: 1 },
  { name: "day of week", min: 0, max: 7, names: WEEKDAYS, base: 0 },
];

/**
 * Reads a standard five-field cron expression (minute hour day-of-month
 * month day-of-week; `*`, lists, ranges, steps, month and weekday names,
 * 7 as Sunday), as GitHub's `schedule` and crontab read it; times in UTC.
 * Throws "Unexpected …, expected …" on anything else.
 */
export function parseCron(expression: string): Cron {
  const parts = expression.trim().split(/[ \t]+/);
  if (parts.length !== 5)
    throw new Error(
      `Unexpected cron "${expression}", expected five fields: minute hour day-of-month month day-of-week`,
    );
  const sets = parts.map((part, i) => parseField(part, FIELDS[i]!));
  const [minutes, hours, days, months, rawWeekdays] = sets as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  const weekdays = new Set([...rawWeekdays].map((d) => d % 7));
  return {
    minutes,
    hours,
    days,
    months,
    weekdays,
    eitherDay: !parts[2]!.startsWith("*") && !parts[4]!.startsWith("*"),
  };
}

function parseField(part: string, field: (typeof FIELDS)[number]): Set<number> {
  const values = new Set<number>();
  for (const item of part.split(",")) {
    const [range = "", stepText] = item.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1 || (stepText ?? "1") === "")
      throw fieldError(part, field);
    let from: number;
    let to: number;
    if (range === "*") [from, to] = [field.min, field.max];
    else {
      const [low = "", high] = range.split("-");
      from = value(low, field, part);
      to =
        high === undefined
          ? stepText === undefined
            ? from
            : field.max
          : value(high, field, part);
    }
    if (from > to) throw fieldError(part, field);
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

function value(
  text: string,
  field: (typeof FIELDS)[number],
  part: string,
): number {
  const named = field.names.indexOf(text.toLowerCase());
  const n =
    named === -1
      ? /^\d{1,2}$/.test(text)
        ? Number(text)
        : NaN
      : named + field.base;
  if (!Number.isInteger(n) || n < field.min || n > field.max)
    throw fieldError(part, field);
  return n;
}

function fieldError(part: string, field: (typeof FIELDS)[number]): Error {
  return new Error(
    `Unexpected ${field.name} "${part}" in cron, expected a number ${field.min}-${field.max}, a range, a list, a step or *`,
  );
}
