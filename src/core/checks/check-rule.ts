import type { Node, Point } from "unist";
import type { Capture } from "../capture/capture-schema.js";
import type { ParsedSop } from "../sop/parsed-sop.js";
import type { Finding } from "./finding.js";

export interface CheckContext {
  parsed: ParsedSop;
  /** The capture the SOP was drafted from; null when linting a file on its own. */
  capture: Capture | null;
  /** YYYY-MM-DD */
  today: string;
}

export interface CheckRule {
  id: string;
  severity: Finding["severity"];
  description: string;
  check(ctx: CheckContext): Finding[];
}

/** A finding of `rule` at a node's start (or at a point); 1:1 when the node has no position. */
export function findingAt({
  rule,
  message,
  at,
}: {
  rule: CheckRule;
  message: string;
  at: Node | Point | null;
}): Finding {
  const point =
    at === null ? undefined : "line" in at ? at : at.position?.start;
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message,
    line: point?.line ?? 1,
    column: point?.column ?? 1,
  };
}

/** Where to report something missing from the whole document: its title, else its first line. */
export function documentStart(parsed: ParsedSop): Node | null {
  return parsed.title ?? parsed.tree.children[0] ?? null;
}
