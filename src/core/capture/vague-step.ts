const VAGUE =
  /\b(?:handle (?:it|that|this|them|things|everything)|sort(?:s|ed|ing)? (?:\w+ )?out|deal(?:s|t|ing)? with|takes? care of|took care of|etc|and so on|as usual|the usual|stuff|whatever)\b/i;

/** What makes a step too vague for a first-timer to act on, quoted; null when it is concrete. */
export function vagueStep(text: string): string | null {
  const phrase = VAGUE.exec(text)?.[0];
  if (phrase !== undefined) return phrase;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length < 3 ? "fewer than three words" : null;
}
