// Words that leave a first-timer guessing. Each alternative is a fixed phrase, so matching stays linear.
const VAGUE =
  /\b(?:let (?:them|him|her|the customer|the team|everyone|people|us) know|sort(?:s|ed|ing)? out|deal(?:s|t|ing)? with|take care of|the usual|as usual|as needed|if needed|stuff|etc\.?|and so on|whatever|somehow|sometimes|anything weird|(?:is|are) different)(?!\p{L})/iu;
const SEE_SOMEONE = /\b[Ss]ee [A-Z][a-z]{1,20}\b/;
// Hedges: in an instruction they leave open whether to do it at all ("you should check", "it might be hot").
const HEDGE =
  /\b(?:should|might|maybe|perhaps|probably|try to|if possible|ideally|as appropriate|where appropriate)(?!\p{L})/giu;

/** The vague phrase a text leans on ("let them know", "stuff", "see Dave"), or null. */
export function vaguePhrase(text: string): string | null {
  const vague = VAGUE.exec(text)?.[0];
  if (vague !== undefined) return vague;
  const see = SEE_SOMEONE.exec(text);
  return see?.[0] ?? null;
}

/**
 * Every vague phrase and hedge of an instruction, in order, each once
 * ("Sort out", "stuff", "etc."). Hedges count here and not in capture, where
 * "you should check the fridge" is simply how people state a step.
 */
export function vaguePhrases(text: string): string[] {
  const found = [
    ...text.matchAll(new RegExp(VAGUE.source, "giu")),
    ...text.matchAll(new RegExp(SEE_SOMEONE.source, "g")),
    ...text.matchAll(HEDGE),
  ].sort((a, b) => a.index - b.index);
  return [...new Set(found.map((m) => m[0]))];
}
