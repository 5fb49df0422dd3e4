// Words that leave a first-timer guessing. Each alternative is a fixed phrase, so matching stays linear.
const VAGUE =
  /\b(?:let (?:them|him|her|the customer|the team|everyone|people|us) know|sort(?:s|ed|ing)? out|deal(?:s|t|ing)? with|take care of|the usual|as usual|as needed|if needed|stuff|etc\.?|and so on|whatever|somehow|sometimes|anything weird|(?:is|are) different)(?!\p{L})/iu;
const SEE_SOMEONE = /\b[Ss]ee [A-Z][a-z]{1,20}\b/;

/** The vague phrase a text leans on ("let them know", "stuff", "see Dave"), or null. */
export function vaguePhrase(text: string): string | null {
  const vague = VAGUE.exec(text)?.[0];
  if (vague !== undefined) return vague;
  const see = SEE_SOMEONE.exec(text);
  return see?.[0] ?? null;
}
