/** The capture fields an SOP request can fill. */
export type RequestField =
  | "name"
  | "purpose"
  | "roles"
  | "trigger"
  | "steps"
  | "tools"
  | "pitfalls"
  | "tribal"
  | "definitionOfDone";

export interface FormField {
  /** The field's `id` in `.github/ISSUE_TEMPLATE/sop-request.yml`. */
  id: string;
  /** The label GitHub renders as `### <label>` in the issue body: the parser's contract. */
  label: string;
  field: RequestField;
}

/**
 * The issue form's fields, in form order. A test holds this list and the
 * issue template's YAML to the same labels, so neither can drift alone.
 */
export const FORM_FIELDS: readonly FormField[] = [
  { id: "name", label: "Process name", field: "name" },
  {
    id: "purpose",
    label: "Purpose — what outcome it produces",
    field: "purpose",
  },
  { id: "roles", label: "Who runs it", field: "roles" },
  { id: "trigger", label: "What triggers it", field: "trigger" },
  { id: "steps", label: "Steps as they really happen", field: "steps" },
  { id: "tools", label: "Tools, systems and access needed", field: "tools" },
  {
    id: "pitfalls",
    label: "Pitfalls and edge cases — and how they are handled",
    field: "pitfalls",
  },
  {
    id: "tribal",
    label: '"Oh, and you also have to…" — the things people do from memory',
    field: "tribal",
  },
  { id: "done", label: "How you know it is done", field: "definitionOfDone" },
];
