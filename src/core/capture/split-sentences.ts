// A full stop after these is not the end of a sentence.
const ABBREVIATION = /\b(?:e\.g|i\.e|vs|approx|incl|no|mr|ms|mrs|dr|st)\.$/i;

/** Splits prose into sentences at ". ", "! " or "? " followed by a capital or digit. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]+\s+(?=[\p{Lu}\p{N}"“(])/gu)) {
    const end = match.index + match[0].length;
    const sentence = text.slice(start, end).trim();
    if (ABBREVIATION.test(sentence)) continue;
    sentences.push(sentence);
    start = end;
  }
  sentences.push(text.slice(start).trim());
  return sentences.filter((s) => s !== "");
}
