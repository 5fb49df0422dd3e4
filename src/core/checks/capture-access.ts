import type { Capture } from "../capture/capture-schema.js";

/** Every access need the capture's steps name, once each, ignoring case. */
export function captureAccess(capture: Capture): string[] {
  const byKey = new Map<string, string>();
  for (const access of capture.steps.flatMap((step) => step.access)) {
    const key = access.trim().toLowerCase();
    if (key !== "" && !byKey.has(key)) byKey.set(key, access.trim());
  }
  return [...byKey.values()];
}
