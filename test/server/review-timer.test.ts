import { afterEach, describe, expect, it, vi } from "vitest";
import pino from "pino";
import {
  FIRST_SCAN_DELAY_MS,
  startReviewTimer,
} from "../../src/shells/server/review-timer.js";
import { scanInstallations } from "../../src/shells/server/scan-installations.js";
import { probotFor } from "../support/github-double/test-clients.js";
import { reviewScanDouble, TODAY } from "../forge-github/review-scan-repo.js";

const log = pino({ level: "silent" });
const DAY = 24 * 3_600_000;

afterEach(() => {
  vi.useRealTimers();
});

describe("the App server's daily review scan", () => {
  it("scans shortly after start, then once a day, never two at once, and stops", async () => {
    vi.useFakeTimers();
    const started: number[] = [];
    let finish: () => void = () => undefined;
    const scan = vi.fn(() => {
      started.push(Date.now());
      return new Promise<void>((resolve) => (finish = resolve));
    });
    const timer = startReviewTimer({ everyMs: DAY, scan, log });
    await vi.advanceTimersByTimeAsync(FIRST_SCAN_DELAY_MS - 1);
    expect(scan).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(scan).toHaveBeenCalledTimes(1);
    // Still running a day later: that tick is skipped.
    await vi.advanceTimersByTimeAsync(DAY);
    expect(scan).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(DAY);
    expect(scan).toHaveBeenCalledTimes(2);
    finish();
    timer.stop();
    await vi.advanceTimersByTimeAsync(3 * DAY);
    expect(scan).toHaveBeenCalledTimes(2);
  });

  it("logs a failed scan and runs the next one", async () => {
    vi.useFakeTimers();
    const errors: string[] = [];
    const recording = pino(
      { level: "error" },
      { write: (line: string) => errors.push(line) },
    );
    const scan = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error("GitHub is down"))
      .mockResolvedValue(undefined);
    const timer = startReviewTimer({
      everyMs: DAY,
      scan,
      log: recording,
      firstDelayMs: 0,
    });
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(DAY);
    timer.stop();
    expect(scan).toHaveBeenCalledTimes(2);
    expect(errors.join("")).toMatch(
      /The scheduled review scan failed: GitHub is down/,
    );
  });

  it("runs the repository scan for every installation's repositories, idempotent on a rerun", async () => {
    const double = reviewScanDouble({ count: 50, withCatalog: true });
    const probot = probotFor(double);
    const first = await scanInstallations({ probot, today: TODAY, log });
    expect(first).toEqual({ repositories: 1, opened: 4 });
    const again = await scanInstallations({ probot, today: TODAY, log });
    expect(again).toEqual({ repositories: 1, opened: 0 });
    expect(double.violations).toEqual([]);
  });
});
