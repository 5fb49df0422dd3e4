import type { Capture } from "../capture/capture-schema.js";
import { parseSop } from "../sop/parse-sop.js";
import type { CheckRule } from "./check-rule.js";

/** The day every example is judged on, so review dates in examples stay in the future. */
export const EXAMPLE_TODAY = "2026-11-26";

/** An input of a rule's documentation, run as the rule's test. */
export interface RuleExample {
  /** What the example shows, in a few words. */
  name: string;
  /** The SOP, or the part of one the rule reads. */
  markdown: string;
  /** What was captured, for rules that compare the SOP with its capture. */
  capture?: Partial<Capture>;
  /** The rule's findings, each "line:column: message", in order; absent in an ok example. */
  messages?: readonly string[];
}

const EMPTY_CAPTURE: Capture = {
  name: "",
  purpose: null,
  roles: [],
  trigger: null,
  steps: [],
  tools: [],
  pitfalls: [],
  definitionOfDone: null,
  notes: [],
  questions: [],
  nextQuestionId: 1,
};

/** The findings `rule` alone reports on an example, written as the example writes them. */
export function runExample({
  rule,
  example,
}: {
  rule: CheckRule;
  example: RuleExample;
}): string[] {
  const capture =
    example.capture === undefined
      ? null
      : { ...EMPTY_CAPTURE, ...example.capture };
  return rule
    .check({
      parsed: parseSop(example.markdown),
      capture,
      today: EXAMPLE_TODAY,
    })
    .map((f) => `${f.line}:${f.column}: ${f.message}`);
}
