// A full stop after these is not the end of a sentence.
const ABBREVIATION = /\b(?:e\.g|i\.e|vs|approx|incl|no|mr|ms|mrs|dr|st)\.$/i;

/** Splits prose into sentences at ". ", "! " or "? " followed by a capital or digit. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  // The look-behind starts a match only at the first of a run of stops, keeping this linear.
  for (const match of text.matchAll(
    /(?<![.!?])[.!?]+\s+(?=[\p{Lu}\p{N}"“(])/gu,
  )) {
    const end = match.index + match[0].length;
    if (
      ABBREVIATION.test(
        text.slice(Math.max(start, match.index - 8), end).trim(),
      )
    )
      continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  sentences.push(text.slice(start).trim());
  return sentences.filter((s) => s !== "");
}
