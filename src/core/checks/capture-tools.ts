import type { Capture, Tool } from "../capture/capture-schema.js";

/** Every tool the capture names (its tool list, then tools met in steps), once each, ignoring case. */
export function captureTools(capture: Capture): Tool[] {
  const byName = new Map<string, Tool>();
  const add = (tool: Tool): void => {
    const key = tool.name.trim().toLowerCase();
    if (key !== "" && !byName.has(key))
      byName.set(key, { name: tool.name.trim(), access: tool.access });
  };
  capture.tools.forEach(add);
  capture.steps.forEach((step) =>
    step.tools.forEach((name) => add({ name, access: null })),
  );
  return [...byName.values()];
}
