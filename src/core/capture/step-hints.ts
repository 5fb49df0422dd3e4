import { trimEnd } from "./trim-end.js";

export interface StepHints {
  /** The step with its "(tool: …; access: …)" hint removed. */
  text: string;
  tools: string[];
  access: string[];
}

const KEY_WORD = String.raw`(?:tools?|systems?|access|permissions?)\s*:`;
const HINT_WORD = String.raw`\b${KEY_WORD}`;
const HINT_KEY = new RegExp(HINT_WORD, "i");
const HINT_KEYS = new RegExp(HINT_WORD, "gi");
// A parenthesis with no parenthesis inside: each opening one is tried once, up to the next one.
const BRACKETED = /\(([^()]*)\)/g;
const PAIR_SPLIT = new RegExp(String.raw`[;|]|,(?=\s*${KEY_WORD})`, "i");
const LINE_BREAK = /[\n\r\u2028\u2029]/g;
// "in Salesforce", "from Xero", "using the Stripe dashboard": a capitalised name after one of these words.
const NAMED_TOOL =
  /\b(?:in|into|from|using|via|through)\s+(?:the\s+|our\s+)?([A-Z][\w.&+-]*(?:\s+[A-Z][\w.&+-]*){0,3})/g;
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
  let text = withoutBracketedHints(step, read);
  const trailing = trailingHint(text);
  if (trailing !== null) {
    read(text.slice(trailing.hint));
    text = text.slice(0, trailing.cut);
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

/** The step without its "(tool: …)" hints and the spaces before them; each hint is read. */
function withoutBracketedHints(
  step: string,
  read: (hint: string) => void,
): string {
  let kept = "";
  let from = 0;
  for (const m of step.matchAll(BRACKETED)) {
    const inside = m[1] ?? "";
    if (!HINT_KEY.test(inside)) continue;
    read(inside);
    kept += step.slice(from, Math.max(from, skipBack(step, m.index, isSpace)));
    from = m.index + m[0].length;
  }
  return kept + step.slice(from);
}

/**
 * A trailing hint ("… — tool: Stripe", "…, access: admin", "… tool: Stripe"):
 * the first hint key, on the last line, after a dash between spaces, a comma
 * or semicolon, or a space. `cut` is where the step's own text ends, `hint`
 * where the hint starts. Spaces are walked back from each key, never searched
 * forward, so each run of them is read once.
 */
function trailingHint(text: string): { cut: number; hint: number } | null {
  let lastBreak = -1;
  for (const m of text.matchAll(LINE_BREAK)) lastBreak = m.index;
  HINT_KEYS.lastIndex = lastBreak + 1;
  for (let m = HINT_KEYS.exec(text); m !== null; m = HINT_KEYS.exec(text)) {
    const cut = separatorStart(text, m.index);
    if (cut !== null) return { cut, hint: m.index };
  }
  return null;
}

/** Where the separator before `at` starts, or null when none stands there. */
function separatorStart(text: string, at: number): number | null {
  const afterSpaces = skipBack(text, at, isSpace);
  const last = text.charAt(afterSpaces - 1);
  if (last === "," || last === ";")
    return skipBack(text, afterSpaces - 1, isSpace);
  if (isDash(last)) {
    const dashes = skipBack(text, afterSpaces, isDash);
    const spaces = skipBack(text, dashes, isSpace);
    if (spaces < dashes) return spaces;
  }
  return afterSpaces < at ? afterSpaces : null;
}

function skipBack(text: string, at: number, test: (c: string) => boolean) {
  let i = at;
  while (i > 0 && test(text.charAt(i - 1))) i--;
  return i;
}

const isSpace = (c: string): boolean => /\s/.test(c);
const isDash = (c: string): boolean => c === "—" || c === "–" || c === "-";

function readPairs(hint: string, tools: string[], access: string[]): void {
  for (const pair of hint.split(PAIR_SPLIT)) {
    const match = /^\s*(tools?|systems?|access|permissions?)\s*:(.*)$/i.exec(
      pair,
    );
    const value = trimEnd(match?.[2]?.trim() ?? "", ".;,");
    if (match === null || value === "") continue;
    if (/^(?:access|permission)/i.test(match[1] ?? "")) access.push(value);
    else
      tools.push(
        ...value
          .split(/,|(?<=\s)and(?=\s)/)
          .map((t) => t.trim())
          .filter(Boolean),
      );
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
