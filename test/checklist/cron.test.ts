import { describe, expect, it } from "vitest";
import { parseCron } from "../../src/core/schedule/parse-cron.js";
import {
  cronMatches,
  schedulePeriod,
} from "../../src/core/schedule/schedule-period.js";

const at = (iso: string) => new Date(iso);

describe("cron", () => {
  it("matches minutes, hours, lists, ranges, steps and names", () => {
    const cron = parseCron("*/15 6-8 * jan,JUL mon-fri");
    expect(cronMatches(cron, at("2027-01-04T06:30:00Z"))).toBe(true); // a Monday
    expect(cronMatches(cron, at("2027-01-04T06:31:00Z"))).toBe(false);
    expect(cronMatches(cron, at("2027-01-04T09:00:00Z"))).toBe(false);
    expect(cronMatches(cron, at("2027-01-03T06:30:00Z"))).toBe(false); // a Sunday
    expect(cronMatches(cron, at("2027-02-01T06:30:00Z"))).toBe(false);
  });

  it("reads 7 as Sunday and either day field when both are restricted, as crontab does", () => {
    expect(
      cronMatches(parseCron("0 0 * * 7"), at("2027-01-03T00:00:00Z")),
    ).toBe(true);
    const either = parseCron("0 0 1 * 1");
    expect(cronMatches(either, at("2027-02-01T00:00:00Z"))).toBe(true); // the 1st
    expect(cronMatches(either, at("2027-01-04T00:00:00Z"))).toBe(true); // a Monday
    expect(cronMatches(either, at("2027-01-05T00:00:00Z"))).toBe(false);
  });

  it("names the latest period at or before now, the same all period long", () => {
    const weekly = parseCron("0 6 * * 1");
    expect(schedulePeriod(weekly, at("2027-01-04T05:59:00Z"))).toBe(
      "2026-12-28T06:00",
    );
    expect(schedulePeriod(weekly, at("2027-01-04T06:00:00Z"))).toBe(
      "2027-01-04T06:00",
    );
    expect(schedulePeriod(weekly, at("2027-01-10T23:00:00Z"))).toBe(
      "2027-01-04T06:00",
    );
    // A yearly run more than a week past is not caught up on.
    expect(
      schedulePeriod(parseCron("0 0 1 1 *"), at("2027-03-01T00:00:00Z")),
    ).toBeNull();
  });

  it("refuses what is not five valid fields", () => {
    expect(() => parseCron("0 6 * *")).toThrow(/expected five fields/);
    expect(() => parseCron("60 * * * *")).toThrow(/Unexpected minute "60"/);
    expect(() => parseCron("* * * * mon-")).toThrow(/day of week/);
    expect(() => parseCron("*/0 * * * *")).toThrow(/minute/);
  });
});
