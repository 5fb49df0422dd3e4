/** Where the rules are documented; each rule has a section there, anchored by its id. */
export const RULES_DOC_URL =
  "https://github.com/sopflow/sopflow/blob/v1/docs/rules.md";

/** The link to a rule's section, shown with every finding of the rule. */
export function ruleUrl(ruleId: string): string {
  return `${RULES_DOC_URL}#${ruleId}`;
}
