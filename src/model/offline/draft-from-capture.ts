import type { Capture } from "../../core/capture/capture-schema.js";
import { captureAccess } from "../../core/checks/capture-access.js";
import { isCovered } from "../../core/checks/measure-coverage.js";
import { captureTools } from "../../core/checks/capture-tools.js";
import {
  recordMentions,
  referenceMentions,
} from "../../core/capture/free-text/record-mentions.js";
import type { SopContent, SopRecord } from "../../core/sop/sop-schema.js";
import { definitionOfDoneItems } from "./definition-of-done-items.js";
import { draftStep } from "./draft-step.js";
import { placeholderFor } from "./not-yet-known.js";

/**
 * The plain SOP a capture gives, with no judgement: every captured item
 * lands in its section, and every open question shows as a gap and as a
 * flagged placeholder in the field it is about.
 */
export function draftFromCapture(capture: Capture): SopContent {
  const open = (about: string): string | null =>
    placeholderFor(capture.questions, about);
  const name = capture.name.trim() || (open("name") ?? "Untitled process");
  const cautions = capture.cautions ?? [];
  const definitions = capture.definitions ?? [];
  const trigger = capture.trigger ?? open("trigger") ?? "";
  const done =
    capture.definitionOfDone === null
      ? [open("definitionOfDone") ?? ""].filter(Boolean)
      : definitionOfDoneItems(capture.definitionOfDone);
  return {
    title: name,
    purpose: capture.purpose ?? open("purpose") ?? "",
    scope: scope({
      name,
      trigger: capture.trigger,
      done: capture.definitionOfDone === null ? null : done,
      open,
    }),
    trigger,
    roles:
      capture.roles.length > 0
        ? capture.roles
        : [open("roles") ?? ""].filter(Boolean),
    ...(definitions.length > 0 ? { definitions } : {}),
    prerequisites: prerequisites(capture),
    ...(cautions.length > 0 ? { cautions: cautions.map((c) => c.text) } : {}),
    steps: capture.steps.map((step, i) => {
      const drafted = draftStep({
        step,
        roles: capture.roles,
        placeholder: open(`step:${i + 1}`),
      });
      const guarding = cautions
        .filter((c) => c.step === i + 1)
        .map((c) => c.text);
      return guarding.length > 0 ? { ...drafted, cautions: guarding } : drafted;
    }),
    edgeCases:
      capture.pitfalls.length > 0
        ? capture.pitfalls.map((p, i) => ({
            case: p.text,
            action: capitalise(p.handling ?? open(`pitfall:${i + 1}`) ?? ""),
          }))
        : [NO_EDGE_CASES],
    ...records(capture),
    definitionOfDone: done,
    ...references(capture),
    gaps: capture.questions.map((q) => ({ questionId: q.id, text: q.text })),
  };
}

/** What the request says is written down, from its steps, edge cases and definition of done. */
function captureTexts(capture: Capture): string[] {
  return [
    ...capture.steps.map((s) => s.clarification ?? s.text),
    ...capture.pitfalls.map((p) => `${p.text} ${p.handling ?? ""}`),
    capture.definitionOfDone ?? "",
  ];
}

/** The records the request names; where and how long are said only when the request says them. */
function records(capture: Capture): { records?: SopRecord[] } {
  const named = recordMentions(captureTexts(capture));
  if (named.length === 0) return {};
  return {
    records: named.map((what) => ({
      what: capitalise(what),
      where: NOT_STATED,
      retention: NOT_STATED,
    })),
  };
}

function references(capture: Capture): { references?: string[] } {
  const named = referenceMentions(captureTexts(capture)).map(capitalise);
  return named.length > 0 ? { references: named } : {};
}

// A record's place and keeping time, when the request names the record but not those.
const NOT_STATED = "Not stated in the request";

// Said plainly rather than left empty: the request named none, and a reviewer can add them.
const NO_EDGE_CASES = {
  case: "None named",
  action:
    "The request names no edge case; raise anything unusual with the process owner.",
};
const NO_PREREQUISITES =
  "No tools or access named: the steps use only what is at hand where the process runs.";

/**
 * Scope as sentences of its own, whatever form the trigger and the
 * definition of done take ("at 07:00", "HR sends the form", "Ticket closed"),
 * never a template splice like "covers X from At 07:00 until …".
 */
function scope(input: {
  name: string;
  trigger: string | null;
  done: string[] | null;
  open: (about: string) => string | null;
}): string {
  const trigger = input.trigger?.trim().replace(/\.$/, "") ?? "";
  const starts =
    trigger === ""
      ? `with its trigger (${lower(input.open("trigger") ?? "not yet known")})`
      : TIME_WORD.test(trigger)
        ? trigger.charAt(0).toLowerCase() + trigger.slice(1)
        : `when ${lower(trigger)}`;
  const ends =
    input.done === null
      ? `it is done (${lower(input.open("definitionOfDone") ?? "not yet known")})`
      : joinAnd(input.done.map((d) => lower(d.trim().replace(/\.$/, ""))));
  return `This SOP covers ${lowerFirst(input.name)}. It starts ${starts} and ends when ${ends}.`;
}

// A trigger that already reads as "when": "At 07:00", "Every Monday …", "Once the truck has left".
const TIME_WORD =
  /^(?:at|on|every|each|when|whenever|after|before|once|as soon as|daily|weekly|monthly|yearly|during|upon|in the)\b/i;

/** "X" → "x" for an ordinary word; names and acronyms ("IT offboarding", "Stripe") keep their case. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) && !PROPER.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}
// Proper nouns a title may start with are many; the common case is a plain word, so only a
// second capitalised word ("Stripe Billing") or a digit keeps the case.
const PROPER = /^[A-Z][a-z]+ [A-Z0-9]/;

function joinAnd(items: string[]): string {
  return items.length < 2
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

/** Every tool with the access it needs, then any access a step needs that no tool line names. */
function prerequisites(capture: Capture): string[] {
  const lines = captureTools(capture).map((tool) => {
    const access =
      tool.access ?? placeholderFor(capture.questions, `tool:${tool.name}`);
    return access === null ? tool.name : `${tool.name} — access: ${access}`;
  });
  for (const access of captureAccess(capture)) {
    if (!isCovered({ text: access, candidates: lines }))
      lines.push(`Access: ${access}`);
  }
  return lines.length > 0 ? lines : [NO_PREREQUISITES];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases a leading article or pronoun so a field reads inside a sentence; names keep their case. */
function lower(text: string): string {
  return /^(?:The|A|An|This|That|Each|Every|Our|Their|It|We|Not)\b/.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}
