import { FORM_FIELDS } from "./form-fields.js";
import type { RequestField } from "./form-fields.js";
import { normalizeLabel } from "./normalize-label.js";

const FORM_LABELS = new Map(
  FORM_FIELDS.map((f) => [normalizeLabel(f.label), f.field]),
);

// Checked in order: "Tools and access" is about tools, "How you know it is done" about done.
const RULES: [RegExp, RequestField][] = [
  [
    /\b(oh|also have to|don t forget|tribal|from memory|unwritten|remember to)\b/,
    "tribal",
  ],
  [
    /\b(pitfalls?|edge cases?|gotchas?|exceptions?|what can go wrong|watch out|problems?|risks?)\b/,
    "pitfalls",
  ],
  [/\b(tools?|systems?|access|software|permissions?)\b/, "tools"],
  [
    /\b(done|definition of done|completion|finished|success criteria)\b/,
    "definitionOfDone",
  ],
  [
    /\b(steps?|procedure|instructions|how it (runs|works|happens)|what happens)\b/,
    "steps",
  ],
  [/\b(triggers?|triggered|when|kick ?off|starts? when)\b/, "trigger"],
  [/\b(who|owners?|roles?|responsib\w*|run by|performed by|people)\b/, "roles"],
  [/\b(purpose|goals?|outcome|why|objective|aim)\b/, "purpose"],
  [/^(process name|name|process|title)$/, "name"],
];

/**
 * Which capture field a free-text heading ("## Steps", "**Pitfalls**",
 * "Tools and access:") introduces; null when it names none.
 */
export function classifyHeading(heading: string): RequestField | null {
  const label = normalizeLabel(heading);
  const exact = FORM_LABELS.get(label);
  if (exact !== undefined) return exact;
  if (label === "" || label.split(" ").length > 8) return null;
  return RULES.find(([rule]) => rule.test(label))?.[1] ?? null;
}
