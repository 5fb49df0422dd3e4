import type { Tool } from "./capture-schema.js";
import { trimEnd } from "./trim-end.js";

const SEPARATED = /^(.+?)(?:\s+[—–-]+\s+|:\s+|,\s*(?=access\b))(.+)$/i;
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
  const match = SEPARATED.exec(text);
  return match === null
    ? { name: text, access: null }
    : tool(match[1] ?? text, match[2] ?? "");
}

function tool(name: string, access: string): Tool {
  const said = access.replace(ACCESS_LABEL, "").trim();
  return { name: name.trim(), access: said === "" ? null : said };
}
