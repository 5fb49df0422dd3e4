import { classifyHeading } from "./classify-heading.js";
import type { RequestField } from "./form-fields.js";
import type { RequestFields } from "./request-fields.js";

/**
 * Maps an issue form's answers to fields. Our form's labels map exactly;
 * an edited template's labels are matched like free-text headings; an answer
 * under a label that names no field becomes a note.
 */
export function readFormRequest(
  form: Map<string, string | null>,
): RequestFields {
  const fields: Partial<Record<RequestField, string>> = {};
  const notes: string[] = [];
  for (const [label, value] of form) {
    if (value === null) continue;
    const field = classifyHeading(label);
    if (field === null) notes.push(`${label}:\n${value}`);
    else fields[field] = [fields[field], value].filter(Boolean).join("\n");
  }
  return { fields, notes };
}
