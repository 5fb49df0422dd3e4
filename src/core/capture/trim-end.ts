/**
 * Removes any of `chars` from the end of `text`. A loop, not `/[…]+$/`: on a
 * long run of those characters that does not reach the end, such a regex
 * backtracks quadratically, and operator text is untrusted.
 */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
