/** A word of a sentence with its universal part of speech ("VERB", "NOUN", "AUX", "PUNCT"…). */
export interface Word {
  text: string;
  pos: string;
  /** Offsets in the sentence, so a clause can be cut from the operator's own text. */
  start: number;
  end: number;
}

/**
 * What Capture needs from an English language model: sentences and parts of
 * speech. The offline drafter provides it (wink-nlp); the core stays free of
 * the library so it can be tested and swapped.
 */
export interface Language {
  sentences(text: string): string[];
  words(sentence: string): Word[];
}
