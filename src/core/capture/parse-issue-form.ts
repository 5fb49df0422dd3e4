import { headingText } from "./heading-text.js";

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const NO_RESPONSE = "_No response_";

/**
 * Reads the Markdown GitHub renders from an issue form: `### Label`, a blank
 * line, the answer. Returns label → answer (null for `_No response_` or an
 * empty answer), or null when the body does not start like a form. Every
 * `###` heading outside a code fence starts a field, so a team's own extra
 * fields are read too.
 */
export function parseIssueForm(
  body: string,
): Map<string, string | null> | null {
  const lines = body.split("\n");
  const firstLine = lines.find((l) => l.trim() !== "");
  if (firstLine === undefined || formHeading(firstLine) === null) return null;
  const headings = headingLines(lines);
  const form = new Map<string, string | null>();
  headings.forEach((h, i) => {
    const end = headings[i + 1]?.index ?? lines.length;
    const answer = lines
      .slice(h.index + 1, end)
      .join("\n")
      .trim();
    const value = answer === "" || answer === NO_RESPONSE ? null : answer;
    const before = form.get(h.label);
    form.set(
      h.label,
      before == null ? value : value == null ? before : `${before}\n\n${value}`,
    );
  });
  return form;
}

function headingLines(lines: string[]): { index: number; label: string }[] {
  const found: { index: number; label: string }[] = [];
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    if (marker !== undefined) {
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
      return;
    }
    const label = fence === null ? formHeading(line) : null;
    if (label !== null) found.push({ index, label });
  });
  return found;
}

function formHeading(line: string): string | null {
  return headingText(line, { min: 3, max: 3 });
}
