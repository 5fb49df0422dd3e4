import type { Language, Word } from "../../core/capture/free-text/language.js";

let loading: Promise<Language> | null = null;

/**
 * English sentences and parts of speech from wink-nlp and its packaged English
 * model. Loaded on first use (about 0.3 s), once per process.
 */
export function winkLanguage(): Promise<Language> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw new Error("Could not load the English language model (wink-nlp)", {
      cause: error,
    });
  });
  return loading;
}

async function load(): Promise<Language> {
  const [{ default: winkNLP }, { default: model }] = await Promise.all([
    import("wink-nlp"),
    import("wink-eng-lite-web-model"),
  ]);
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    sentences(text) {
      const masked = maskLongRuns(text);
      let at = 0;
      // Masking keeps every length, so each sentence is the same slice of the original text.
      return nlp
        .readDoc(masked)
        .sentences()
        .out()
        .map((part) => {
          const found = masked.indexOf(part, at);
          if (found < 0) return part;
          at = found + part.length;
          return text.slice(found, at);
        });
    },
    words(sentence) {
      const masked = maskLongRuns(sentence);
      const tokens = nlp.readDoc(masked).tokens();
      const values = tokens.out(its.value);
      const pos = tokens.out(its.pos);
      const spaces = tokens.out(its.precedingSpaces);
      const words: Word[] = [];
      let at = 0;
      values.forEach((value, i) => {
        at += (spaces[i] ?? "").length;
        // The tokenizer may expand contractions or drop characters; find the word where it really is.
        const found = masked.indexOf(value, at);
        const start = found >= 0 && found - at < 3 ? found : at;
        const end = start + value.length;
        words.push({
          text:
            masked.slice(start, end) === value
              ? sentence.slice(start, end)
              : value,
          pos: pos[i] ?? "X",
          start,
          end,
        });
        at = end;
      });
      return words;
    },
  };
}

// wink's tokenizer slows down more than linearly on one very long token ("1111…", "////…"):
// such a run is no word of the process, so it is read as one plain word of the same length.
const LONG_RUN = /\S{64,}/g;

function maskLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => "x".repeat(run.length));
}
