import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Capture } from "../../src/core/capture/capture-schema.js";
import { CaptureSchema } from "../../src/core/capture/capture-schema.js";

export const BROKEN = new URL("../fixtures/broken-sops/", import.meta.url);
export const GOOD = new URL("../fixtures/good-sops/", import.meta.url);

export function readFixture(folder: URL, name: string): string {
  return readFileSync(new URL(name, folder), "utf8");
}

/** The capture a fixture was drafted from (`<name>.capture.json` beside it), validated, or null. */
export function fixtureCapture(folder: URL, stem: string): Capture | null {
  const file = new URL(`${stem}.capture.json`, folder);
  return existsSync(file)
    ? CaptureSchema.parse(JSON.parse(readFileSync(file, "utf8")))
    : null;
}

export function markdownFixtures(folder: URL): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .sort();
}
