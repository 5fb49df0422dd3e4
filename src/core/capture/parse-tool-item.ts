import type { Tool } from "./capture-schema.js";
import { trimEnd } from "./trim-end.js";

// The first separator: a dash between spaces, a colon and a space, or a comma before "access".
// A dash's spaces start right after a non-space, so each run of spaces is tried once: linear.
const SEPARATOR = /(?<=\S)\s+[—–-]+\s+(?=\S)|:\s+(?=\S)|,\s*(?=access\b)/gi;
const ACCESS_LABEL = /^(?:access|permissions?)\s*:\s*/i;

/**
 * One line of the tools section: "Stripe — billing admin", "Stripe: admin",
 * "Stripe (access: admin)" or just "Stripe" (access not said).
 */
export function parseToolItem(item: string): Tool {
  const text = trimEnd(item.trim(), ".");
  const open = text.indexOf("(");
  if (open > 0 && text.endsWith(")"))
    return tool(text.slice(0, open), text.slice(open + 1, -1));
  // A name comes first: the search starts after its first character.
  SEPARATOR.lastIndex = 1;
  const match = SEPARATOR.exec(text);
  if (match === null) return { name: text, access: null };
  return tool(
    text.slice(0, match.index),
    text.slice(match.index + match[0].length),
  );
}

function tool(name: string, access: string): Tool {
  const said = access.replace(ACCESS_LABEL, "").trim();
  return { name: name.trim(), access: said === "" ? null : said };
}
