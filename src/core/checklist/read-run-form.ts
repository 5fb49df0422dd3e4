/** The "Run an SOP" issue form's field, as GitHub renders it: `### <label>` then the answer. */
export const RUN_FORM_FIELD = "SOP to run (id or path)";

/** The SOP an issue opened from the "Run an SOP" form names, or null when the body is not that form. */
export function readRunForm(body: string | null | undefined): string | null {
  if (!body) return null;
  const lines = body.replace(/\r/g, "").split("\n");
  const at = lines.findIndex((line) => line.trim() === `### ${RUN_FORM_FIELD}`);
  if (at === -1) return null;
  const end = lines.findIndex((line, i) => i > at && line.startsWith("### "));
  const value = lines
    .slice(at + 1, end === -1 ? undefined : end)
    .join("\n")
    .trim()
    .replace(/^`|`$/g, "");
  return value === "" || value === "_No response_" || value.includes("\n")
    ? null
    : value;
}
