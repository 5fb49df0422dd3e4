import type { Capture, CaptureStep, Tool } from "./capture-schema.js";
import { cleanTitle } from "./clean-title.js";
import { listItems } from "./list-items.js";
import { parsePitfall } from "./parse-pitfall.js";
import { parseToolItem } from "./parse-tool-item.js";
import { placeTribalSteps } from "./place-tribal-steps.js";
import type { RequestFields } from "./request-fields.js";
import { splitRoles } from "./split-roles.js";
import { stepHints } from "./step-hints.js";

const LIST_MARKER = /^\s*(?:\d{1,3}[.)]|[-*+•])\s+/;

/** Interprets each field's raw text; the questions are left to detectQuestions. */
export function buildCapture(request: RequestFields, title: string): Capture {
  const { fields } = request;
  const steps = listItems(fields.steps ?? "", { sentences: true });
  const tools = listItems(fields.tools ?? "", { sentences: false });
  const pitfalls = listItems(fields.pitfalls ?? "", { sentences: false });
  const tribal = listItems(fields.tribal ?? "", { sentences: false });
  const done = listItems(fields.definitionOfDone ?? "", { sentences: false });
  const [name = "", ...moreName] = lines(fields.name);
  const captureTools = tools.items.flatMap(splitToolList).map(parseToolItem);
  const titleName = cleanTitle(title);
  // A title that says more than the name field is the operator's text too.
  const titleNote =
    name !== "" &&
    titleName !== "" &&
    titleName.toLowerCase() !== name.toLowerCase()
      ? [`Title: ${title}`]
      : [];
  return {
    name: name || titleName,
    purpose: oneLine(fields.purpose),
    roles: splitRoles(fields.roles ?? ""),
    trigger: oneLine(fields.trigger),
    steps: captureSteps(
      placeTribalSteps(steps.items, tribal.items),
      captureTools,
    ),
    tools: captureTools,
    pitfalls: pitfalls.items.map(parsePitfall),
    definitionOfDone: [...done.items, ...done.rest].join("\n") || null,
    notes: [
      ...titleNote,
      ...moreName,
      ...request.notes,
      ...steps.rest,
      ...tools.rest,
      ...pitfalls.rest,
      ...tribal.rest,
    ],
    questions: [],
    nextQuestionId: 1,
  };
}

/** Reads each step's tool and access hints; adds tools the steps name to `tools` (mutated). */
function captureSteps(
  placed: { text: string; tribal: boolean }[],
  tools: Tool[],
): CaptureStep[] {
  const sectionNames = tools.map((t) => t.name);
  const known = [
    ...sectionNames,
    ...placed.flatMap((p) => stepHints(p.text, sectionNames).tools),
  ];
  return placed.map((p) => {
    const hints = stepHints(p.text, known);
    for (const name of hints.tools)
      addTool(tools, name, hints.tools.length === 1 ? hints.access : []);
    return {
      text: hints.text || p.text,
      tools: hints.tools,
      access: hints.access,
      tribal: p.tribal,
      clarification: null,
    };
  });
}

/** A step's access is the tool's access only when the step names that one tool. */
function addTool(tools: Tool[], name: string, access: string[]): void {
  const existing = tools.find(
    (t) => t.name.toLowerCase() === name.toLowerCase(),
  );
  const said = access.length > 0 ? access.join("; ") : null;
  if (existing === undefined) tools.push({ name, access: said });
  else existing.access ??= said;
}

/** "Stripe, Salesforce and Slack" on one line is three tools; "Stripe (admin, billing)" is one. */
function splitToolList(item: string): string[] {
  if (/[(:—–]|\s-\s/.test(item)) return [item];
  return item
    .split(/,|(?<=\s)and(?=\s)/)
    .map((t) => t.trim())
    .filter((t) => t !== "");
}

function lines(text: string | undefined): string[] {
  return (text ?? "")
    .split("\n")
    .map((l) => l.replace(LIST_MARKER, "").trim())
    .filter((l) => l !== "");
}

function oneLine(text: string | undefined): string | null {
  return lines(text).join(" ") || null;
}
