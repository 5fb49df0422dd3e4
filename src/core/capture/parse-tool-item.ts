import type { Tool } from "./capture-schema.js";

const IN_BRACKETS = /^(.+?)\s*\((.+)\)\s*\.?$/;
const SEPARATED = /^(.+?)(?:\s+[—–-]+\s+|:\s+|,\s*(?=access\b))(.+)$/i;
const ACCESS_LABEL = /^(?:access|permissions?)\s*:\s*/i;

/**
 * One line of the tools section: "Stripe — billing admin", "Stripe: admin",
 * "Stripe (access: admin)" or just "Stripe" (access not said).
 */
export function parseToolItem(item: string): Tool {
  const text = item.trim().replace(/\.$/, "");
  const match = IN_BRACKETS.exec(text) ?? SEPARATED.exec(text);
  if (match === null) return { name: text, access: null };
  const access = (match[2] ?? "").replace(ACCESS_LABEL, "").trim();
  return { name: (match[1] ?? text).trim(), access: access === "" ? null : access };
}
