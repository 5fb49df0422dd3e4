import { splitSentences } from "../../core/capture/split-sentences.js";
import { splitJoinedActions } from "../../core/checks/action-count.js";
import { trimEnd } from "../../core/capture/trim-end.js";

// Parts are trimmed after the split, so a separator's own spaces need not be matched whole;
// " and then" starts right after a non-space, so each run of spaces is tried once.
const JOIN = /;\s|,\s+(?:and\s+)?then\s|(?<=\S)\s+and\s+then\s/i;

/**
 * The separate actions in one captured step: its sentences, parts joined by
 * "; ", ", then " or " and then ", and "…, <verb> the …" / "… and <verb> it"
 * joins as the step-one-action check counts them.
 */
export function splitActions(text: string): string[] {
  return splitSentences(text)
    .flatMap((sentence) => sentence.split(JOIN))
    .flatMap((part) => splitJoinedActions(part))
    .map((part) => trimEnd(part.trim(), ";,"))
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}
