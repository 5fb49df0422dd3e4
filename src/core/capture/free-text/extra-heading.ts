import type { RequestField } from "../form-fields.js";

const EXTRA: [RegExp, RequestField][] = [
  [/^(?:who does what|responsibilities|roles and responsibilities)$/i, "roles"],
  [
    /\b(?:flow|process|how we do it|what we do|as it really goes|checklist)\b/i,
    "steps",
  ],
];

/** Headings people write in notes that name a field in other words ("Who does what", "Flow as it really goes"). */
export function extraHeading(heading: string): RequestField | null {
  const text = heading.trim();
  return EXTRA.find(([rule]) => rule.test(text))?.[1] ?? null;
}
