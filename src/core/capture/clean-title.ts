import { trimEnd } from "./trim-end.js";

const SOP_PREFIX = /^\s*\[?\s*sop\s*\]?\s*[:\-—–]\s*/i;
const DOCUMENT_AS_SOP =
  /^(?:please\s+)?(?:document|write\s+up|write|capture|create\s+an?\s+sop\s+for)\s+(?:our|the|my|a)?\s*(.+?)\s+as\s+an?\s+(?:sop|standard operating procedure)\s*[.!]?$/i;
const SOP_FOR =
  /^(?:an?\s+)?(?:sop|standard operating procedure)\s+(?:for|on|about)\s+(?:our|the)?\s*(.+)$/i;

/**
 * The process name a request title gives: "SOP: Customer onboarding" and
 * "Document our customer onboarding process as an SOP" both name the process.
 */
export function cleanTitle(title: string): string {
  const stripped = title.trim().replace(SOP_PREFIX, "");
  const found =
    DOCUMENT_AS_SOP.exec(stripped)?.[1] ??
    SOP_FOR.exec(stripped)?.[1] ??
    stripped;
  const name = trimEnd(found.trim(), ".!? ");
  return name.charAt(0).toUpperCase() + name.slice(1);
}
