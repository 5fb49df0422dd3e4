import type { RequestText } from "../../ports/model.js";
import type { Capture, Caution } from "../capture-schema.js";
import { parseRequest } from "../parse-request.js";
import { readFreeText } from "../read-free-text.js";
import { trimEnd } from "../trim-end.js";
import { assertEnglish } from "./english-only.js";
import type { Language } from "./language.js";
import type { ProseCaution } from "./read-prose.js";
import { namesPpe } from "./safety-rule.js";

/**
 * Reads a request as English: an issue form field by field, free text
 * through readProse; cautions land on the steps they guard. A request that
 * is not English is refused with a message saying so.
 */
export function readRequest(request: RequestText, language: Language): Capture {
  assertEnglish(request);
  let cautions: ProseCaution[] = [];
  const capture = parseRequest(request, (body) => {
    const read = readFreeText(body, language);
    cautions = read.cautions;
    return read;
  });
  const placed = placeCautions(cautions, capture);
  return {
    ...withoutTrailingStops(capture),
    cautions: [...placed, ...ppeCautions(capture, placed)],
  };
}

/**
 * "Put on gloves and a lab coat before opening any box", as a form's step:
 * putting on protection is a step and also a caution for what follows, as
 * readProse reads it in free text.
 */
function ppeCautions(capture: Capture, placed: Caution[]): Caution[] {
  const known = new Set(placed.map((c) => c.text.toLowerCase()));
  return capture.steps.flatMap((step, i) =>
    /^(?:put on|wear)\b/i.test(step.text) &&
    namesPpe(step.text) &&
    !known.has(step.text.toLowerCase())
      ? [{ text: step.text, step: i + 1 }]
      : [],
  );
}

/** Each caution with the number of the step it guards, found by the step's words. */
function placeCautions(cautions: ProseCaution[], capture: Capture): Caution[] {
  const texts = capture.steps.map((s) => s.text.toLowerCase());
  const seen = new Set<string>();
  return cautions.flatMap((caution) => {
    if (seen.has(caution.text)) return [];
    seen.add(caution.text);
    const guards = caution.guards?.toLowerCase() ?? null;
    const index =
      guards === null
        ? -1
        : texts.findIndex(
            (t) => t === guards || t.startsWith(guards) || guards.startsWith(t),
          );
    return [{ text: caution.text, step: index < 0 ? null : index + 1 }];
  });
}

/** "Check the letter is in Epic." names the tool "Epic", not "Epic.": a stop ends the sentence, not the name. */
function withoutTrailingStops(capture: Capture): Capture {
  const clean = (name: string): string => trimEnd(name, ".,;:!?");
  return {
    ...capture,
    tools: capture.tools.map((t) => ({ ...t, name: clean(t.name) })),
    steps: capture.steps.map((s) => ({ ...s, tools: s.tools.map(clean) })),
  };
}
