export interface ForgetMarker {
  /** The text with the remark removed. */
  text: string;
  /** The remark itself ("Dave always forgets this one"), or null. */
  remark: string | null;
}

const FORGET = /\bforg[eo]t(?:s|ten|ting)?\b/i;

/**
 * Takes a "people forget this" remark out of a step: "(Dave always forgets
 * this one)" in brackets, or a trailing "— people forget this" clause. The
 * step keeps its action; the remark becomes a caution.
 */
export function takeForgetMarker(text: string): ForgetMarker {
  if (!FORGET.test(text)) return { text, remark: null };
  // In brackets: the bracket holding the word.
  for (
    let open = text.indexOf("(");
    open >= 0;
    open = text.indexOf("(", open + 1)
  ) {
    const close = text.indexOf(")", open);
    if (close < 0) break;
    const inner = text.slice(open + 1, close);
    if (FORGET.test(inner))
      return {
        text: tidy(`${text.slice(0, open)} ${text.slice(close + 1)}`),
        remark: inner.trim(),
      };
  }
  // A trailing clause after a dash or comma: "… — people forget this".
  const at = text.search(FORGET);
  const cut = Math.max(
    text.lastIndexOf(" — ", at),
    text.lastIndexOf(" – ", at),
    text.lastIndexOf(" - ", at),
    text.lastIndexOf(", ", at),
  );
  if (cut > 0 && text.slice(cut, at).split(/\s+/).length <= 6)
    return {
      text: tidy(text.slice(0, cut)),
      remark: tidy(text.slice(cut).replace(/^[\s,—–-]+/, "")),
    };
  return { text, remark: null };
}

function tidy(text: string): string {
  return text
    .replace(/\s{2,}/g, " ")
    .replace(/ ([,.;:])/g, "$1")
    .trim();
}

/** Whether a short sentence is only a "people forget this" remark. */
export function isForgetRemark(text: string): boolean {
  return FORGET.test(text) && text.split(/\s+/).length <= 8;
}
