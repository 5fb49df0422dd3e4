import type { Node, Point } from "unist";
import type { Capture } from "../capture/capture-schema.js";
import type { ParsedSop } from "../sop/parsed-sop.js";
import type { Finding } from "./finding.js";
import type { RuleExample } from "./rule-example.js";

export interface CheckContext {
  parsed: ParsedSop;
  /** The capture the SOP was drafted from; null when linting a file on its own. */
  capture: Capture | null;
  /** YYYY-MM-DD */
  today: string;
}

/**
 * One walkthrough check. Like a remark-lint rule it documents itself:
 * docs/rules.md is generated from these fields and its examples are the
 * rule's tests, so the documentation cannot drift from the behaviour.
 */
export interface CheckRule {
  /** Kebab-case; also the anchor of the rule's section in docs/rules.md. */
  id: string;
  /** The one severity of every finding of this rule, wherever it is shown. */
  severity: Finding["severity"];
  /** What the rule wants, in one or two sentences. */
  description: string;
  /** Why it matters to the person who follows or approves the SOP. */
  rationale: string;
  /** Inputs the rule accepts: no finding. */
  ok: readonly RuleExample[];
  /** Inputs the rule reports, with the exact findings. */
  notOk: readonly RuleExample[];
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
