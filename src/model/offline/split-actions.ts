import { splitSentences } from "../../core/capture/split-sentences.js";
import { trimEnd } from "../../core/capture/trim-end.js";

const JOIN = /\s*;\s+|,\s+(?:and\s+)?then\s+|\s+and\s+then\s+/i;

/** The separate actions in one captured step: its sentences, and parts joined by "; ", ", then " or " and then ". */
export function splitActions(text: string): string[] {
  return splitSentences(text)
    .flatMap((sentence) => sentence.split(JOIN))
    .map((part) => trimEnd(part.trim(), ";,"))
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}
