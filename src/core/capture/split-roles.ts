import { trimEnd } from "./trim-end.js";

const LIST_MARKER = /^\s*(?:\d{1,3}[.)]|[-*+•])\s+/;

/** Roles as a list: "Account manager (owner), Finance and Support" gives three. */
export function splitRoles(text: string): string[] {
  const roles: string[] = [];
  for (const line of text.split("\n")) {
    let depth = 0;
    let part = "";
    const cleaned = line.trim().replace(LIST_MARKER, "");
    for (const piece of cleaned.split(
      /(\(|\)|,|;|\s+and\s+|\s*&\s*|\s+\/\s+)/,
    )) {
      if (piece === "(") depth++;
      if (piece === ")") depth = Math.max(0, depth - 1);
      const separator = /^(,|;|\s+and\s+|\s*&\s*|\s+\/\s+)$/.test(piece);
      if (separator && depth === 0) {
        roles.push(part);
        part = "";
      } else part += piece;
    }
    roles.push(part);
  }
  return roles.map((r) => trimEnd(r.trim(), ".;,")).filter((r) => r !== "");
}
