import type { Pitfall } from "./capture-schema.js";

// Each separator starts right after a non-space, so every run of spaces is tried once: linear.
const LONG_DASH = /(?<=\S)\s+[—–]+\s+(?=\S)/;
const SHORT_DASH = /(?<=\S)\s+-{1,2}\s+(?=\S)/;
const CONDITION = /^(?:if|when|whenever)\s/i;
const THEN = /,|(?<=\S)\s+then\s+(?=\S)/gi;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * One pitfall: "X — handle by Y", "If X, Y", "X: Y" give the situation and
 * its handling; anything else is a situation nobody said how to handle.
 */
export function parsePitfall(item: string): Pitfall {
  const text = item.trim();
  if (LINE_BREAK.test(text)) return { text, handling: null };
  const dashed = LONG_DASH.exec(text) ?? SHORT_DASH.exec(text);
  if (dashed !== null)
    return pitfall(
      text.slice(0, dashed.index),
      text.slice(dashed.index + dashed[0].length),
      text,
    );
  const conditional = splitCondition(text);
  if (conditional !== null)
    return pitfall(conditional[0], conditional[1], text);
  const colon = text.indexOf(":");
  if (colon > 0 && /^\s\S/.test(text.slice(colon + 1, colon + 3)))
    return pitfall(text.slice(0, colon), text.slice(colon + 1), text);
  return { text, handling: null };
}

/** "If X, Y" or "When X then Y": the condition and what to do, at the first separator with text after it. */
function splitCondition(text: string): [string, string] | null {
  const keyword = CONDITION.exec(text);
  if (keyword === null) return null;
  THEN.lastIndex = keyword[0].length + 1;
  for (let m = THEN.exec(text); m !== null; m = THEN.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    if (rest.trim() !== "") return [text.slice(0, m.index), rest];
  }
  return null;
}

function pitfall(
  situation: string | undefined,
  handling: string | undefined,
  whole: string,
): Pitfall {
  const what = situation?.trim() ?? "";
  const how = handling?.trim() ?? "";
  if (what === "") return { text: whole, handling: null };
  return { text: what, handling: how === "" ? null : how };
}
