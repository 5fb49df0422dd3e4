import type { ParsedSop, SopSection } from "./parsed-sop.js";
import { sectionKey } from "./sop-sections.js";

/** The section headed `title` (case and spacing ignored), or undefined. */
export function findSection(
  parsed: ParsedSop,
  title: string,
): SopSection | undefined {
  return parsed.sections.get(sectionKey(title));
}
