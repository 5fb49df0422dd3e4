import type { RequestField } from "../form-fields.js";
import { trimEnd } from "../trim-end.js";
import { listItems } from "../list-items.js";
import type { Block } from "../read-free-text.js";
import type { RequestFields } from "../request-fields.js";
import type { Language } from "./language.js";
import type { ProseCaution, ProseReading, ProseUnit } from "./read-prose.js";
import { readProse } from "./read-prose.js";
import { isSafetyRule } from "./safety-rule.js";

const LIST_LINE = /^\s*(?:\d{1,3}[.)]|[-*+•])\s/;
const BEFORE_STEP = /^\s*before\s+step\s+\d{1,4}\s*[:,—–-]\s*(\S.*)$/i;
const NUMBERED = /^\s*\d{1,3}[.)]\s/;

/**
 * The fields of a free-text request read as English: the steps (the Steps
 * section, or else the text before any section) through readProse; the text
 * before the sections, when a Steps section exists, for its roles, trigger,
 * purpose and definition of done only.
 */
export function readEnglishBlocks(input: {
  blocks: Block[];
  preamble: Block;
  language: Language;
}): RequestFields & { cautions: ProseCaution[] } {
  const { blocks, preamble, language } = input;
  const fields: Partial<Record<RequestField, string>> = {};
  const notes: string[] = [];
  const text = (field: RequestField): string =>
    blocks
      .filter((b) => b.field === field)
      .map((b) => b.lines.join("\n").trim())
      .filter(Boolean)
      .join("\n");
  for (const block of blocks) {
    const body = block.lines.join("\n").trim();
    if (block.field === null && block !== preamble && body !== "")
      notes.push(
        block.heading === body ? body : `${block.heading ?? ""}:\n${body}`,
      );
  }
  const stepsSection = text("steps");
  const prose = readProse(
    units(stepsSection === "" ? preamble.lines.join("\n") : stepsSection),
    language,
  );
  const context =
    stepsSection === ""
      ? null
      : readProse(units(preamble.lines.join("\n")), language);
  if (context !== null) {
    notes.unshift(...context.steps, ...context.dropped);
    prose.pitfalls.push(...context.pitfalls);
    prose.cautions.push(...context.cautions);
  }
  notes.push(...prose.dropped);
  const tribal = listItems(text("tribal"), { sentences: false });
  const safety = tribal.items.filter(isSafetyRule);
  // "before step 26: check the QuantStudio is calibrated": a check that guards the step it precedes.
  for (const item of tribal.items) {
    const check = BEFORE_STEP.exec(item)?.[1];
    if (check !== undefined)
      prose.cautions.push({ text: capitalise(check), guards: check });
  }
  prose.cautions.push(
    ...safety.map((t) => ({ text: capitalise(t), guards: null })),
  );
  fields.tribal = tribal.items
    .filter((t) => !isSafetyRule(t))
    .map((t) => `- ${t}`)
    .join("\n");
  notes.push(...tribal.rest);
  fields.steps = prose.steps.map((s, i) => `${i + 1}. ${s}`).join("\n");
  fields.tools = text("tools");
  fields.pitfalls = [
    text("pitfalls"),
    ...prose.pitfalls.map(
      (p) => `- ${p.handling === null ? p.text : `${p.text} — ${p.handling}`}`,
    ),
  ]
    .filter(Boolean)
    .join("\n");
  const roles = rolesOf(text("roles"), notes);
  fields.roles = unique([
    ...roles,
    ...(context?.roles ?? []),
    ...prose.roles,
  ]).join(", ");
  fields.name = text("name");
  fields.purpose = first(text("purpose"), context, prose, "purpose");
  fields.trigger = first(text("trigger"), context, prose, "trigger");
  fields.definitionOfDone = first(
    text("definitionOfDone"),
    context,
    prose,
    "definitionOfDone",
  );
  return { fields, notes, cautions: prose.cautions };
}

/** Paragraphs and list items: each is read on its own, so a list item never runs into the next. */
function units(text: string): ProseUnit[] {
  const out: ProseUnit[] = [];
  let paragraph: string[] = [];
  let numbered = false;
  const flush = (): void => {
    const joined = paragraph.join(" ").replace(/^\[[ x]\]\s/i, "");
    if (joined !== "") out.push({ text: joined, numbered });
    paragraph = [];
    numbered = false;
  };
  for (const line of text.split("\n")) {
    if (line.trim() === "") flush();
    else if (LIST_LINE.test(line)) {
      flush();
      numbered = NUMBERED.test(line);
      paragraph.push(line.replace(LIST_LINE, "").trim());
    } else paragraph.push(line.trim());
  }
  flush();
  return out;
}

/** "HR advisor: creates the employee…" under "Who does what" is the role "HR advisor"; what it does is kept as a note. */
function rolesOf(text: string, notes: string[]): string[] {
  const roles: string[] = [];
  for (const line of text.split("\n")) {
    const clean = line.replace(LIST_LINE, "").trim();
    if (clean === "") continue;
    const colon = clean.indexOf(":");
    if (colon > 0 && colon < 40) {
      roles.push(clean.slice(0, colon).trim());
      notes.push(clean);
    } else
      roles.push(
        ...clean
          .split(/,|\sand\s/)
          .map((r) => r.trim())
          .filter(Boolean),
      );
  }
  return roles;
}

function first(
  stated: string,
  context: ProseReading | null,
  prose: ProseReading,
  field: "purpose" | "trigger" | "definitionOfDone",
): string {
  return stated || context?.[field] || prose[field] || "";
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values
    .map((v) => trimEnd(v.trim(), ".;,"))
    .filter(
      (v) =>
        v !== "" && !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()),
    );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
