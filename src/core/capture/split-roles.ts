import { trimEnd } from "./trim-end.js";

const LIST_MARKER = /^\s*(?:\d{1,3}[.)]|[-*+•])\s+/;

/** Roles as a list: "Account manager (owner), Finance and Support" gives three. */
export function splitRoles(text: string): string[] {
  const roles: string[] = [];
  for (const line of text.split("\n")) {
    let depth = 0;
    let part = "";
    const cleaned = line.trim().replace(LIST_MARKER, "");
    // The spaces around "and" and "/" stay with the neighbouring pieces (trimmed at the end):
    // a separator that began with a run of spaces would try that run from each of its spaces.
    const pieces = cleaned.split(/([(),;&]|(?<=\s)(?:and|\/)(?=\s))/);
    for (const [index, piece] of pieces.entries()) {
      if (piece === "(") depth++;
      if (piece === ")") depth = Math.max(0, depth - 1);
      // split() puts what the group captured at the odd indices.
      const separator = index % 2 === 1 && piece !== "(" && piece !== ")";
      if (separator && depth === 0) {
        roles.push(part);
        part = "";
      } else part += piece;
    }
    roles.push(part);
  }
  return roles.map((r) => trimEnd(r.trim(), ".;,")).filter((r) => r !== "");
}
