import type { CheckRule } from "../src/core/checks/check-rule.js";
import type { RuleExample } from "../src/core/checks/rule-example.js";
import { EXAMPLE_TODAY } from "../src/core/checks/rule-example.js";

const SEVERITY: Record<CheckRule["severity"], string> = {
  error: "fails the check run; the walkthrough note lists it for the reviewer",
  warning: "advice on the diff; the check run stays green",
  suggestion:
    "prose advice that is sometimes wrong to follow; the check run stays green",
};

/** docs/rules.md: every rule's section, generated from the rules themselves. */
export function renderRulesDoc(rules: readonly CheckRule[]): string {
  const lines = [
    "# Rules",
    "",
    "<!-- Generated from src/core/checks/rules/ by `npm run docs:rules`: edit the rules, not this file. -->",
    "",
    "The walkthrough's deterministic checks. They run on every draft (the findings become check-run annotations on the pull request and are listed in the walkthrough note) and on any SOP file with `sopflow lint`. Every finding reads \"Unexpected X, expected Y\", has a position and links to its rule's section below.",
    "",
    `Each example below is also the rule's test: the rule alone is run on it (judged on ${EXAMPLE_TODAY}) and must report exactly the findings shown, as \`line:column: message\`.`,
    "",
    "| severity | meaning |",
    "| -------- | ------- |",
    ...Object.entries(SEVERITY).map(([name, text]) => `| ${name} | ${text} |`),
    "",
    "| rule | severity | what it checks |",
    "| ---- | -------- | -------------- |",
    ...rules.map(
      (rule) =>
        `| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} | ${cell(rule.description)} |`,
    ),
    "",
    ...rules.flatMap(ruleSection),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

function ruleSection(rule: CheckRule): string[] {
  return [
    `## ${rule.id}`,
    "",
    `**Severity:** ${rule.severity}`,
    "",
    prose(rule.description),
    "",
    `**Why:** ${prose(rule.rationale)}`,
    "",
    ...rule.ok.flatMap((example) => exampleLines("ok", example)),
    ...rule.notOk.flatMap((example) => exampleLines("not ok", example)),
  ];
}

function exampleLines(kind: string, example: RuleExample): string[] {
  const lines = [`### ${kind}: ${prose(example.name)}`, ""];
  if (example.capture !== undefined)
    lines.push(
      "Captured:",
      "",
      ...fenced("json", JSON.stringify(example.capture, null, 2)),
      "",
    );
  lines.push(...fenced("markdown", example.markdown.trimEnd()), "");
  if (example.messages !== undefined)
    lines.push(...fenced("text", example.messages.join("\n")), "");
  return lines;
}

/** A fence longer than any backtick run inside, so an example can hold code blocks of its own. */
function fenced(lang: string, body: string): string[] {
  const longest = Math.max(
    2,
    ...[...body.matchAll(/`+/g)].map((match) => match[0].length),
  );
  const fence = "`".repeat(longest + 1);
  return [`${fence}${lang}`, body, fence];
}

function cell(text: string): string {
  return prose(text).replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** Text outside code: "<verb>" must show as written, not vanish as an HTML tag. */
function prose(text: string): string {
  return text.replaceAll("<", "&lt;");
}
