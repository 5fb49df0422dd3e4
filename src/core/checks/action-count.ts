import { PROCEDURE_VERBS } from "../capture/free-text/procedure-verbs.js";

const ABBREVIATION =
  /(?:^|\s)(?:e\.g|i\.e|etc|vs|approx|no|mr|mrs|ms|dr|st)\.$/i;
// What follows a verb that starts a new action: its object or particle ("lock it", "turn the key").
const OBJECT_START = new Set(
  (
    "the a an it them him her your their our each every all any this that these those " +
    "up in out off down back over on to"
  ).split(" "),
);

// A sentence opening with a condition or a place ("When …,", "In Opsgenie,") reaches its action after the first comma.
const OPENER =
  /^(?:if|when|once|after|before|unless|while|until|whenever|in|on|at|from|for|with|by|under|during|inside|within)$/i;

/**
 * How many actions a step's text holds: its sentences, its "; " joins, and
 * each ", <verb> <object>" / "and <verb> <object>" / "then <verb>" that starts
 * a new action after a clause with an object ("Close the door, then lock it
 * and turn the key" holds three). Verbs that share one object ("wrap, label
 * and date the tray") and words in brackets are not counted apart.
 */
export function actionCount(text: string): number {
  const boundaries = [...text.matchAll(/[.!?](?=\s+[\p{Lu}\d])/gu)].filter(
    (match) => !ABBREVIATION.test(text.slice(0, match.index + 1)),
  ).length;
  const joins = splitJoinedActions(text).length - 1;
  return 1 + boundaries + text.split("; ").length - 1 + joins;
}

/**
 * One sentence cut where a new action is joined by ",", "and" or "then"
 * (the rule of `actionCount`), the joining words dropped: the drafter and
 * the check agree on what one action is. One pass over the words.
 */
export function splitJoinedActions(sentence: string): string[] {
  const words = sentence.split(/\s+/).filter((w) => w !== "");
  const parts: string[][] = [[]];
  let depth = 0;
  // Words after the current action's verb: its object must stand there before a new action counts.
  let sinceVerb = -1;
  // "When the account exists, invite it": the first comma closes the opener, not an action.
  let condition = OPENER.test(words[0] ?? "");
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    parts[parts.length - 1]?.push(word);
    depth += count(word, "(") - count(word, ")");
    sinceVerb++;
    if (condition && word.endsWith(",")) {
      condition = false;
      sinceVerb = -1;
      continue;
    }
    if (/[.!?]$/.test(word)) condition = OPENER.test(words[i + 1] ?? "");
    const comma = word.endsWith(",");
    const lower = word.toLowerCase();
    if (depth > 0 || (!comma && lower !== "and" && lower !== "then")) continue;
    let next = i + 1;
    while (/^(?:and|then)$/i.test(words[next] ?? "")) next++;
    const verb = bare(words[next]);
    if (!PROCEDURE_VERBS.has(verb)) continue;
    const then =
      lower === "then" || /\bthen\b/i.test(words.slice(i + 1, next).join(" "));
    const hasObject = sinceVerb >= (comma ? 1 : 2);
    if (hasObject && (then || OBJECT_START.has(bare(words[next + 1])))) {
      const last = parts[parts.length - 1] ?? [];
      if (!comma) last.pop();
      parts.push([]);
    } else {
      parts[parts.length - 1]?.push(...words.slice(i + 1, next));
    }
    // Either way the verb opens the clause that follows ("wrap, label and date the tray" shares one object).
    sinceVerb = -1;
    i = next - 1;
  }
  return parts.map((p) => p.join(" ").replace(/,$/, ""));
}

function bare(word: string | undefined): string {
  return (word ?? "").toLowerCase().replace(/[^\p{L}-]/gu, "");
}

function count(word: string, char: string): number {
  return word.split(char).length - 1;
}
