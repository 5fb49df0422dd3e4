import type { Root, RootContent } from "mdast";
import type { Finding } from "../../checks/finding.js";
import { ruleUrl } from "../../checks/rule-url.js";
import {
  code,
  heading,
  link,
  list,
  paragraph,
  root,
  strong,
  text,
} from "../../markdown/md-builders.js";
import type { Feedback, WalkFinding } from "../../ports/model.js";

export function walkthroughNoteBody(input: {
  revision: number;
  sha: string;
  pull: { number: number; url: string };
  fixed: string[];
  findings: Finding[];
  walk: WalkFinding[];
  feedback: Feedback[];
  addressed: { id: string; how: string }[];
}): Root {
  const errors = input.findings.filter((f) => f.severity === "error");
  const children: RootContent[] = [
    heading(3, `Step 3 · Walkthrough — revision ${input.revision}`),
    paragraph(
      "Walked the SOP at ",
      code(input.sha.slice(0, 7)),
      " step by step as a first-timer: ",
      strong(
        errors.length === 0
          ? "every check passes"
          : `${errors.length} problem(s) remain for the reviewer`,
      ),
      ".",
    ),
  ];
  if (input.fixed.length)
    children.push(heading(4, "Fixed before sign-off"), list(input.fixed));
  const remaining = [
    ...input.findings.map((f) => [
      text(`line ${f.line}: ${f.message} (${f.severity}, `),
      link(ruleUrl(f.ruleId), f.ruleId),
      text(")"),
    ]),
    ...input.walk.map(
      (w) =>
        `${w.step ? `step ${w.step}` : "whole SOP"}: ${w.missing} (${w.severity})`,
    ),
  ];
  if (remaining.length)
    children.push(heading(4, "Left for the reviewer"), list(remaining));
  if (input.feedback.length) {
    const how = new Map(input.addressed.map((a) => [a.id, a.how]));
    children.push(
      heading(4, "Review feedback"),
      list(
        input.feedback.map((f) => [
          text(
            `${f.author}${f.line ? ` (line ${f.line})` : ""}: "${oneLine(f.body)}" → ${how.get(f.id) ?? "not reported by the model"}`,
          ),
        ]),
      ),
    );
  }
  children.push(
    heading(4, "Checkpoint"),
    paragraph(
      "Approve ",
      link(input.pull.url, `pull request #${input.pull.number}`),
      " to publish this SOP, or request changes to send it back to drafting. An approval counts only on the current head commit and from someone with write access.",
    ),
  );
  return root(children);
}

function oneLine(value: string): string {
  const line = value.replace(/\s+/g, " ").trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
