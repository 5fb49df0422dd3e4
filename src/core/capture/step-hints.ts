import { trimEnd } from "./trim-end.js";

export interface StepHints {
  /** The step with its "(tool: …; access: …)" hint removed. */
  text: string;
  tools: string[];
  access: string[];
}

const HINT_KEY = String.raw`(?:tools?|systems?|access|permissions?)\s*:`;
const BRACKETED_HINT = new RegExp(
  String.raw`\s*\(([^()]*\b${HINT_KEY}[^()]*)\)`,
  "gi",
);
const TRAILING_HINT = new RegExp(
  String.raw`(?:\s+[—–-]+\s*|\s*[,;]\s*|\s+)\b(${HINT_KEY}.*)$`,
  "i",
);
const PAIR_SPLIT = new RegExp(
  String.raw`\s*[;|]\s*|\s*,\s*(?=${HINT_KEY})`,
  "i",
);
// "in Salesforce", "from Xero", "using the Stripe dashboard": a capitalised name after one of these words.
const NAMED_TOOL =
  /\b(?:in|into|from|using|via|through)\s+(?:the\s+|our\s+)?((?:[A-Z][\w.&+-]*)(?:\s+[A-Z][\w.&+-]*){0,3})/g;
const NOT_TOOLS = new Set(
  (
    "January February March April May June July August September October November December " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday I Q1 Q2 Q3 Q4 EU US UK"
  ).split(" "),
);

/**
 * The tools and access a step names: explicit hints ("(tool: Stripe; access:
 * admin)" or a trailing "— tool: Stripe"), tools the tools section names, and
 * a capitalised name after "in/into/from/using/via/through". Predictable over clever.
 */
export function stepHints(step: string, knownTools: string[]): StepHints {
  const tools: string[] = [];
  const access: string[] = [];
  const read = (hint: string): void => readPairs(hint, tools, access);
  let text = step.replace(BRACKETED_HINT, (_, hint: string) => {
    read(hint);
    return "";
  });
  const trailing = TRAILING_HINT.exec(text);
  if (trailing?.[1] !== undefined) {
    read(trailing[1]);
    text = text.slice(0, trailing.index);
  }
  text = trimEnd(text.replace(/\s{2,}/g, " "), " ,;:—–-").trim();
  for (const known of knownTools) if (mentions(text, known)) tools.push(known);
  for (const match of text.matchAll(NAMED_TOOL)) {
    const name = match[1] ?? "";
    const known = [...knownTools, ...tools].find((t) => sameTool(t, name));
    if (known === undefined && !NOT_TOOLS.has(name)) tools.push(name);
  }
  return { text, tools: unique(tools), access: unique(access) };
}

function readPairs(hint: string, tools: string[], access: string[]): void {
  for (const pair of hint.split(PAIR_SPLIT)) {
    const match = /^\s*(tools?|systems?|access|permissions?)\s*:\s*(.*)$/i.exec(
      pair,
    );
    const value = trimEnd(match?.[2]?.trim() ?? "", ".;,");
    if (match === null || value === "") continue;
    if (/^(access|permission)/i.test(match[1] ?? "")) access.push(value);
    else tools.push(...value.split(/\s*,\s*|\s+and\s+/).filter(Boolean));
  }
}

/** Whether the text names the tool as a whole word, ignoring case (no regex: names are operator text). */
function mentions(text: string, tool: string): boolean {
  const [haystack, needle] = [text.toLowerCase(), tool.toLowerCase()];
  if (needle === "") return false;
  const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
  for (
    let at = haystack.indexOf(needle);
    at >= 0;
    at = haystack.indexOf(needle, at + 1)
  ) {
    if (
      !isWordChar(haystack.charAt(at - 1)) &&
      !isWordChar(haystack.charAt(at + needle.length))
    )
      return true;
  }
  return false;
}

/** "Stripe" and "Stripe Dashboard" are the same tool; so are names differing only in case. */
function sameTool(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter(
    (v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()),
  );
}
