/** The "Revise an SOP" issue form's fields: the labels GitHub renders as `### <label>` (the template and this list agree; a test holds them together). */
export const REVISE_FORM_FIELDS = {
  sop: "SOP to revise (id or path)",
  change: "What changed and why",
} as const;

const NO_RESPONSE = "_No response_";

/**
 * The SOP and the change a "Revise an SOP" issue asks for, or null when the
 * body is not that form (both fields needed). Read line by line: the body is
 * untrusted text.
 */
export function readReviseForm(
  body: string,
): { sop: string; change: string } | null {
  const fields = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of body.replace(/\r/g, "").split("\n")) {
    if (line.startsWith("### ")) {
      const label = line.slice(4).trim();
      current = [];
      if (!fields.has(label)) fields.set(label, current);
      continue;
    }
    current?.push(line);
  }
  const value = (label: string) => {
    const text = (fields.get(label) ?? []).join("\n").trim();
    return text === NO_RESPONSE ? "" : text;
  };
  const sop = value(REVISE_FORM_FIELDS.sop).replace(/^`|`$/g, "").trim();
  const change = value(REVISE_FORM_FIELDS.change);
  return sop !== "" && change !== "" && !sop.includes("\n")
    ? { sop, change }
    : null;
}
