export type Instruction =
  | { kind: "add-step"; after: number | null; text: string }
  | { kind: "replace-step"; step: number; text: string }
  | { kind: "remove-step"; step: number }
  | { kind: "add-prerequisite"; text: string }
  | { kind: "add-edge-case"; case: string; action: string }
  | { kind: "definition-of-done"; text: string };

const GRAMMAR: [RegExp, (m: RegExpExecArray) => Instruction | null][] = [
  [
    /^add (?:a )?step after (?:step )?(\d{1,4})\s*:\s*(\S.*)$/i,
    (m) => ({ kind: "add-step", after: Number(m[1]), text: m[2] ?? "" }),
  ],
  [
    /^add (?:a )?step\s*:\s*(\S.*)$/i,
    (m) => ({ kind: "add-step", after: null, text: m[1] ?? "" }),
  ],
  [
    /^replace step (\d{1,4})(?: with)?\s*:\s*(\S.*)$/i,
    (m) => ({ kind: "replace-step", step: Number(m[1]), text: m[2] ?? "" }),
  ],
  [
    /^(?:remove|delete) step (\d{1,4})\.?$/i,
    (m) => ({ kind: "remove-step", step: Number(m[1]) }),
  ],
  [
    /^add (?:a )?prerequisite\s*:\s*(\S.*)$/i,
    (m) => ({ kind: "add-prerequisite", text: m[1] ?? "" }),
  ],
  [
    // The case and the action are cut at the first arrow (see edgeCase): no pattern trades text between them.
    /^add (?:an )?edge case\s*:\s*(\S.*)$/i,
    (m) => edgeCase(m[1] ?? ""),
  ],
  [
    /^definition of done\s*:\s*(\S.*)$/i,
    (m) => ({ kind: "definition-of-done", text: m[1] ?? "" }),
  ],
];
const ARROW = /->|→/g;
const LIST_MARKER = /^(?:[-*+•]|\d{1,3}[.)])\s+/;

/**
 * Reads reviewer feedback in the offline drafter's grammar, one instruction
 * per line: "Add step after N: …", "Add step: …", "Replace step N: …",
 * "Remove step N", "Add prerequisite: …", "Add edge case: … -> …",
 * "Definition of done: …" (adds an item). Other non-blank lines are returned
 * as `unread`: they need a model or an edit on the branch.
 */
export function parseFeedback(body: string): {
  instructions: Instruction[];
  unread: string[];
} {
  const instructions: Instruction[] = [];
  const unread: string[] = [];
  for (const raw of body.split("\n")) {
    // Spaces collapsed first: the grammar's patterns then cannot backtrack on long runs.
    const line = raw
      .replace(/\s+/g, " ")
      .trim()
      .replace(LIST_MARKER, "")
      .replace(/\*\*|__/g, "")
      .trim();
    if (line === "") continue;
    const instruction = readInstruction(line);
    if (instruction === null) unread.push(line);
    else instructions.push(instruction);
  }
  return { instructions, unread };
}

function readInstruction(line: string): Instruction | null {
  for (const [pattern, build] of GRAMMAR) {
    const match = pattern.exec(line);
    const instruction = match === null ? null : build(match);
    if (instruction !== null) return instruction;
  }
  return null;
}

/** "case -> action": at the first arrow with text on both sides; null without one. */
function edgeCase(text: string): Instruction | null {
  ARROW.lastIndex = 0;
  for (let m = ARROW.exec(text); m !== null; m = ARROW.exec(text)) {
    const [before, after] = [
      text.slice(0, m.index),
      text.slice(ARROW.lastIndex),
    ];
    if (before.trim() !== "" && after.trim() !== "")
      return {
        kind: "add-edge-case",
        case: before.trim(),
        action: after.trim(),
      };
  }
  return null;
}
