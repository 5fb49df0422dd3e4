import type { RequestField } from "./form-fields.js";
import { normalizeLabel } from "./normalize-label.js";

const KEYS: [RegExp, RequestField][] = [
  [/^(process|process name|name|sop)$/, "name"],
  [/^(purpose|goal|outcome|why|objective)$/, "purpose"],
  [
    /^(trigger|triggers|triggered by|when|starts when|kicked off by)$/,
    "trigger",
  ],
  [/^(owner|owners|who|run by|roles?|performed by|responsible)$/, "roles"],
  [/^(tools?|systems?|tools and access)$/, "tools"],
  [
    /^(done|done when|definition of done|finished when|complete when)$/,
    "definitionOfDone",
  ],
];

/**
 * Which capture field a "Key: value" line sets ("Trigger: …", "Owner: …").
 * Stricter than headings: an ordinary sentence with a colon must not match.
 */
export function classifyKey(key: string): RequestField | null {
  const label = normalizeLabel(key);
  return KEYS.find(([rule]) => rule.test(label))?.[1] ?? null;
}
