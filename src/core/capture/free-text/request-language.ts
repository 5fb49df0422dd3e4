/** Common short words of English and of the languages people most often write requests in instead. */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  English: [
    "the",
    "and",
    "to",
    "of",
    "a",
    "in",
    "is",
    "it",
    "we",
    "you",
    "for",
    "on",
    "with",
    "then",
    "that",
    "this",
    "be",
    "are",
    "if",
    "when",
    "our",
    "from",
    "by",
    "at",
    "or",
  ],
  German: [
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "mit",
    "ein",
    "eine",
    "den",
    "dem",
    "wir",
    "sie",
    "es",
    "auf",
    "für",
    "wenn",
    "dann",
    "zu",
    "von",
    "im",
    "auch",
    "wird",
    "werden",
    "oder",
  ],
  French: [
    "le",
    "la",
    "les",
    "et",
    "est",
    "des",
    "une",
    "un",
    "du",
    "nous",
    "vous",
    "pour",
    "dans",
    "avec",
    "qui",
    "que",
    "sur",
    "pas",
    "puis",
    "quand",
    "au",
    "ou",
  ],
  Spanish: [
    "el",
    "los",
    "las",
    "y",
    "es",
    "del",
    "una",
    "un",
    "con",
    "para",
    "por",
    "que",
    "se",
    "lo",
    "cuando",
    "luego",
    "su",
    "al",
    "o",
    "si",
  ],
  Dutch: [
    "de",
    "het",
    "een",
    "en",
    "is",
    "van",
    "met",
    "voor",
    "niet",
    "wij",
    "we",
    "dan",
    "als",
    "op",
    "aan",
    "bij",
    "ook",
    "wordt",
    "worden",
    "of",
  ],
  Italian: [
    "il",
    "lo",
    "gli",
    "e",
    "è",
    "della",
    "delle",
    "una",
    "con",
    "per",
    "che",
    "non",
    "poi",
    "quando",
    "sono",
    "nel",
    "alla",
    "o",
  ],
  Portuguese: [
    "o",
    "os",
    "as",
    "e",
    "é",
    "do",
    "da",
    "dos",
    "uma",
    "um",
    "com",
    "para",
    "não",
    "quando",
    "depois",
    "em",
    "no",
    "na",
    "ou",
  ],
};

const WORD = /\p{L}+/gu;

/**
 * The language a request seems to be written in when it is clearly not
 * English, else null. One pass over the words: each is looked up in small
 * sets of function words, and another language must outnumber English by
 * far before the text counts as not English. Text in a script without such
 * words (Chinese, Japanese, Arabic…) counts by its share of letters.
 */
export function nonEnglishLanguage(text: string): string | null {
  const sets = Object.entries(FUNCTION_WORDS).map(
    ([name, words]) => [name, new Set(words)] as const,
  );
  const hits = new Map<string, number>(sets.map(([name]) => [name, 0]));
  let latin = 0;
  let other = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (/^\p{Script=Latin}+$/u.test(word)) latin += word.length;
    else other += word.length;
    for (const [name, set] of sets)
      if (set.has(word)) hits.set(name, (hits.get(name) ?? 0) + 1);
  }
  if (other > 40 && other > latin * 2) return "a language other than English";
  const english = hits.get("English") ?? 0;
  let best: [string, number] = ["English", english];
  for (const [name, count] of hits)
    if (name !== "English" && count > best[1]) best = [name, count];
  return best[0] !== "English" && best[1] >= 5 && best[1] > english * 3
    ? best[0]
    : null;
}
