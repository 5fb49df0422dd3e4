import { sanitizeText } from "../../../core/capture/sanitize-text.js";

export const OPEN_TAG = "<operator_data>";
export const CLOSE_TAG = "</operator_data>";

function sanitizeDeep(value: unknown): unknown {
  if (typeof value === "string") return sanitizeText(value);
  if (Array.isArray(value)) return value.map(sanitizeDeep);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, sanitizeDeep(child)]),
    );
  }
  return value;
}

/**
 * The task's untrusted text as one JSON document between delimiters. Every
 * string is sanitised (again: the caller should have done it already), and
 * `<` is written as the JSON escape \u003c, so no text inside can close the
 * section or open a tag of its own; the model still reads the same string.
 * Compact JSON: indentation would cost tokens on every call.
 */
export function operatorDataSection(data: unknown): string {
  const json = JSON.stringify(sanitizeDeep(data)).replaceAll("<", "\\u003c");
  return `${OPEN_TAG}\n${json}\n${CLOSE_TAG}`;
}
