import type { CheckRule } from "../check-rule.js";

/** An input of a rule's documentation, run as the rule's test. */
export interface DocExample {
  name: string;
  markdown: string;
  /** The rule's findings, each "line:column: message"; absent in an ok example. */
  messages?: readonly string[];
}

/** A rule with its documentation: why it matters, and examples that are also its tests. */
export type DocumentedRule = CheckRule & {
  rationale: string;
  ok: readonly DocExample[];
  notOk: readonly DocExample[];
};
