/** Longest operator text kept; a request past this is cut, never processed whole. */
export const MAX_TEXT_CHARS = 100_000;

// HTML comments hide text from the person reading the issue; an unterminated one hides the rest.
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// Only the markup goes: the words inside stay, so nothing the reader sees is lost.
const HIDING_TAGS = /<\/?(?:details|summary|script|style)\b[^<>]*>/gi;
const INVISIBLE =
  /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/gu;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const MAX_PASSES = 8;

/**
 * Makes untrusted operator text (requests, comments) safe to read: no hidden
 * text, no invisible or direction-changing characters, no control characters,
 * Unix line ends, and at most MAX_TEXT_CHARS characters.
 */
export function sanitizeText(s: string): string {
  let text = s
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "");
  // Removing one comment can join "<!-" and "--" fragments into a new one; a few
  // passes undo honest nesting, and past that the rest is treated as unterminated.
  for (let pass = 0, previous = ""; previous !== text; pass++) {
    previous = text;
    text = text.replace(HTML_COMMENT, "").replace(HIDING_TAGS, "");
    if (pass >= MAX_PASSES) text = text.replace(/<!--[\s\S]*$/, "");
  }
  return capLength(text);
}

function capLength(text: string): string {
  if (text.length <= MAX_TEXT_CHARS) return text;
  const cut = text.slice(0, MAX_TEXT_CHARS);
  // Never end on half of a surrogate pair.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
