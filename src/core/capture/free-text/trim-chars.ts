import { trimEnd } from "../trim-end.js";

/** Punctuation and spaces that may hang off a clause cut from a sentence. */
export const CLAUSE_EDGES = " \t\n,;:—–-";

/**
 * Removes any of `chars` from both ends of `text`. Loops, not `/^[…]+|[…]+$/`:
 * operator text is untrusted and such a regex can backtrack quadratically.
 */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start++;
  return trimEnd(text.slice(start), chars);
}

/** Removes everything but letters and digits from both ends ("(SSCC)," → "SSCC"). */
export function trimToWord(token: string): string {
  const word = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
  let start = 0;
  let end = token.length;
  while (start < end && !word(token.charAt(start))) start++;
  while (end > start && !word(token.charAt(end - 1))) end--;
  return token.slice(start, end);
}
