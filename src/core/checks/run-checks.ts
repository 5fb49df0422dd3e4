import type { Capture } from "../capture/capture-schema.js";
import { parseSop } from "../sop/parse-sop.js";
import type { Finding } from "./finding.js";
import { rules } from "./rules/index.js";

/** Every rule's findings on one SOP, ordered by position (ties keep the rule order). */
export function runChecks({
  markdown,
  capture,
  today,
}: {
  markdown: string;
  capture: Capture | null;
  today: string;
}): Finding[] {
  const parsed = parseSop(markdown);
  const findings = rules.flatMap((rule) =>
    rule.check({ parsed, capture, today }),
  );
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
