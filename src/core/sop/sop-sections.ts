/** The h2 headings of an SOP body, in the order they appear. */
export const SECTION = {
  purpose: "Purpose",
  scope: "Scope",
  trigger: "Trigger",
  roles: "Roles",
  definitions: "Definitions",
  prerequisites: "Prerequisites",
  safety: "Safety and cautions",
  steps: "Steps",
  edgeCases: "Edge cases",
  records: "Records",
  definitionOfDone: "Definition of done",
  openQuestions: "Open questions",
  references: "References",
  approval: "Approval",
  revisionHistory: "Revision history",
} as const;

/** Sections every SOP must have (Open questions appears only while gaps remain). */
export const REQUIRED_SECTIONS: readonly string[] = [
  SECTION.purpose,
  SECTION.scope,
  SECTION.trigger,
  SECTION.roles,
  SECTION.prerequisites,
  SECTION.steps,
  SECTION.edgeCases,
  SECTION.definitionOfDone,
  SECTION.revisionHistory,
];

/**
 * The key a heading is looked up by: lenient about case, spacing and
 * numbering ("## 1.0 Purpose", "## 2. Scope:"), and the names other common
 * layouts give a section ("Responsibilities", "Procedure") read as ours.
 */
export function sectionKey(title: string): string {
  const name = title
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase()
    .replace(NUMBERING, "");
  const bare = name.endsWith(":") ? name.slice(0, -1).trimEnd() : name;
  return SECTION_ALIASES.get(bare) ?? bare;
}

// "1", "1.0", "7.2.", "IV." or "A." before the name; one pass, each part starts with its own dot.
const NUMBERING = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[ivx]{1,5}\.|[a-h]\.)\s/;

// Other layouts' names for our sections (lower case, numbering already stripped).
const ALIASES: Partial<Record<keyof typeof SECTION, string[]>> = {
  purpose: ["objective", "objectives", "aim", "aims", "purpose and objective"],
  scope: ["applicability", "scope and applicability", "scope of application"],
  trigger: ["when to use", "frequency", "when to run", "triggers"],
  roles: [
    "roles and responsibilities",
    "responsibilities",
    "responsibility",
    "roles",
    "who",
  ],
  definitions: [
    "terms and definitions",
    "definitions and abbreviations",
    "abbreviations",
    "acronyms",
    "glossary",
  ],
  prerequisites: [
    "requirements",
    "materials",
    "equipment",
    "materials and equipment",
    "equipment and materials",
    "tools",
    "resources",
    "before you start",
  ],
  safety: [
    "safety",
    "health and safety",
    "cautions",
    "warnings",
    "precautions",
    "safety precautions",
  ],
  steps: ["procedure", "procedures", "method", "instructions", "process"],
  edgeCases: [
    "edge cases and troubleshooting",
    "troubleshooting",
    "exceptions",
    "contingencies",
  ],
  records: ["records and documentation", "documentation", "record keeping"],
  definitionOfDone: [
    "completion criteria",
    "acceptance criteria",
    "expected outcome",
    "expected results",
  ],
  references: [
    "related documents",
    "reference documents",
    "related procedures",
  ],
  approval: ["approvals", "sign-off", "authorisation", "authorization"],
  revisionHistory: [
    "document history",
    "change history",
    "revisions",
    "version history",
    "amendment history",
  ],
};

/** Other layouts' section names (lower case) and the key of the section they are read as; docs/sop-format.md lists them. */
export const SECTION_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries(ALIASES).flatMap(([key, names]) =>
    names.map((name) => [
      name,
      SECTION[key as keyof typeof SECTION].toLowerCase(),
    ]),
  ),
);

/** The label of a gap in the Open questions section; it must read as unresolved, never as fact. */
export function openQuestionLabel(questionId: number): string {
  return `Open question ${questionId} (unresolved):`;
}

export const OPEN_QUESTION_LABEL =
  /^Open question (\d+)(?: \(unresolved\))?:?$/i;
