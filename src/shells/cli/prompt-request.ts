import { FORM_FIELDS } from "../../core/capture/form-fields.js";
import type { Terminal } from "./terminal.js";

const MULTI_LINE = new Set([
  "steps",
  "tools",
  "pitfalls",
  "tribal",
  "definitionOfDone",
]);

/** Ask for a request field by field, and write it the way the issue form would. */
export async function promptRequest(
  terminal: Terminal,
): Promise<{ title: string; body: string }> {
  terminal.print(
    "Describe the process. Leave a field empty if you don't know; sopflow will ask.\n",
  );
  const answers: string[] = [];
  let name = "";
  for (const field of FORM_FIELDS) {
    const value = MULTI_LINE.has(field.field)
      ? await terminal.askLines(`${field.label}:`)
      : await terminal.ask(`${field.label}: `);
    if (field.field === "name") name = value;
    answers.push(`### ${field.label}\n\n${value || "_No response_"}`);
  }
  return {
    title: `SOP: ${name || "untitled process"}`,
    body: answers.join("\n\n"),
  };
}
