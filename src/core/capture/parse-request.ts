import type { RequestText } from "../ports/model.js";
import { buildCapture } from "./build-capture.js";
import type { Capture } from "./capture-schema.js";
import { collapseSpaces } from "./collapse-spaces.js";
import { parseIssueForm } from "./parse-issue-form.js";
import { readFormRequest } from "./read-form-request.js";
import { readFreeText } from "./read-free-text.js";
import { RequestError } from "./request-error.js";
import type { RequestFields } from "./request-fields.js";
import { sanitizeText } from "./sanitize-text.js";

/** More steps than this is not one procedure; the operator is asked to split it. */
export const MAX_STEPS = 300;
/**
 * A step, tool, pitfall or role longer than this is not one item; the
 * operator is asked to split it. Each becomes one Markdown paragraph or list
 * item, and Markdown parsers slow down more than linearly on one huge
 * paragraph full of `*`, `_`, `[` or backticks: the bound keeps every later
 * step's work proportional to the request.
 */
export const MAX_ITEM_CHARS = 2_000;
// Replacement, control, format, private-use, unassigned and lone surrogate characters:
// what binary data decodes to.
const UNREADABLE = /[\uFFFD\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu;
// Joiners inside emoji and scripts are format characters too, yet part of readable text.
const JOINERS = /\u200C|\u200D/g;
const SAMPLE_CHARS = 200_000;

/**
 * Reads an SOP request — an issue form or free text — into a Capture. Throws
 * a RequestError with a message for the operator when the request is empty,
 * unreadable, names no steps, or names too many.
 */
export function parseRequest(
  request: RequestText,
  /** How free text (not an issue form) is read; the offline drafter passes one that reads English. */
  reader: (body: string) => RequestFields = readFreeText,
): Capture {
  if (isUnreadable(`${request.title}\n${request.body}`)) {
    throw new RequestError(
      "unreadable",
      "The request is not readable text: most of it is binary data or control characters. Write the process as plain text.",
    );
  }
  const title = sanitizeText(request.title).replace(/\s+/g, " ").trim();
  const body = collapseSpaces(sanitizeText(request.body)).trim();
  if (title === "" && body === "") {
    throw new RequestError(
      "empty",
      "The request is empty: it has no title and no text. Describe the process and its steps.",
    );
  }
  const form = parseIssueForm(body);
  const capture = buildCapture(
    form === null ? reader(body) : readFormRequest(form),
    title,
  );
  if (capture.steps.length === 0) {
    throw new RequestError(
      "no-steps",
      'The request names no steps: list the steps in order, one per line (e.g. "1. Create the customer in Stripe"), under a "Steps" heading or in the form\'s steps field.',
    );
  }
  if (capture.steps.length > MAX_STEPS) {
    throw new RequestError(
      "too-many-steps",
      `The request names ${capture.steps.length} steps, more than the ${MAX_STEPS} one SOP can hold: split the process into several SOPs.`,
    );
  }
  const long = longItem(capture);
  if (long !== null) {
    throw new RequestError(
      "item-too-long",
      `${long.what} holds ${long.length.toLocaleString("en")} characters, more than the ${MAX_ITEM_CHARS.toLocaleString("en")} one item can: split it into several.`,
    );
  }
  return capture;
}

function longItem(capture: Capture): { what: string; length: number } | null {
  const items: [string, string][] = [
    ["The name", capture.name],
    ["The purpose", capture.purpose ?? ""],
    ["The trigger", capture.trigger ?? ""],
    ...capture.roles.map((r, i): [string, string] => [`Role ${i + 1}`, r]),
    ...capture.steps.map((s, i): [string, string] => [`Step ${i + 1}`, s.text]),
    ...capture.tools.map((t, i): [string, string] => [
      `Tool ${i + 1}`,
      `${t.name} ${t.access ?? ""}`,
    ]),
    ...capture.pitfalls.map((p, i): [string, string] => [
      `Pitfall ${i + 1}`,
      `${p.text} ${p.handling ?? ""}`,
    ]),
  ];
  const found = items.find(([, text]) => text.length > MAX_ITEM_CHARS);
  return found ? { what: found[0], length: found[1].length } : null;
}

function isUnreadable(text: string): boolean {
  const visible = text
    .slice(0, SAMPLE_CHARS)
    .replace(/\s+/g, "")
    .replace(JOINERS, "");
  const unreadable = visible.match(UNREADABLE)?.length ?? 0;
  return visible.length >= 8 && unreadable > visible.length * 0.3;
}
