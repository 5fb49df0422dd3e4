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
    sentences: (text) => nlp.readDoc(text).sentences().out(),
    words(sentence) {
      const tokens = nlp.readDoc(sentence).tokens();
      const values = tokens.out(its.value);
      const pos = tokens.out(its.pos);
      const spaces = tokens.out(its.precedingSpaces);
      const words: Word[] = [];
      let at = 0;
      values.forEach((text, i) => {
        at += (spaces[i] ?? "").length;
        // The tokenizer may expand contractions or drop characters; find the word where it really is.
        const found = sentence.indexOf(text, at);
        const start = found >= 0 && found - at < 3 ? found : at;
        words.push({
          text,
          pos: pos[i] ?? "X",
          start,
          end: start + text.length,
        });
        at = start + text.length;
      });
      return words;
    },
  };
}
