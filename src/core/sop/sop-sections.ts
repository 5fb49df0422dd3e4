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
  definitionOfDone: "Definition of done",
  openQuestions: "Open questions",
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

/** The key a heading is looked up by: lenient about case and spacing, as people edit headings. */
export function sectionKey(title: string): string {
  return title.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The label of a gap in the Open questions section; it must read as unresolved, never as fact. */
export function openQuestionLabel(questionId: number): string {
  return `Open question ${questionId} (unresolved):`;
}

export const OPEN_QUESTION_LABEL =
  /^Open question (\d+)(?: \(unresolved\))?:?$/i;
