import { trimEnd } from "./trim-end.js";

/**
 * The text of an ATX heading line ("## Steps ##") of the given levels, or
 * null. Read without a backtracking regex: the line is untrusted.
 */
export function headingText(
  line: string,
  levels: { min: number; max: number },
): string | null {
  const indent = line.length - line.trimStart().length;
  const rest = line.trimStart();
  let level = 0;
  while (rest.charAt(level) === "#") level++;
  if (
    indent > 3 ||
    level < levels.min ||
    level > levels.max ||
    !/^[ \t]/.test(rest.slice(level))
  )
    return null;
  const text = trimEnd(rest.slice(level), " \t").trim();
  // A closing run of "#" counts only after a space: "C#" keeps its "#".
  const closed = trimEnd(text, "#");
  const label = closed === "" || closed.endsWith(" ") ? closed.trim() : text;
  return label === "" ? null : label;
}
