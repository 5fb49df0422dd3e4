import type { Word } from "./language.js";
import { isVerbAt } from "./verb-at.js";

// The last word of a role's name: "outgoing nurse", "goods-in team leader", "IT service desk".
const HEADS = new Set(
  (
    "nurse nurses clerk clerks driver drivers engineer engineers chef chefs manager managers leader lead " +
    "technician technicians scientist scientists controller controllers counter counters agent agents " +
    "advisor adviser coordinator coordinators desk team officer officers assistant assistants analyst " +
    "analysts specialist specialists supervisor supervisors operator operators receptionist receptionists " +
    "apprentice apprentices pharmacist doctor doctors porter porters cashier cook cooks rota accountant " +
    "administrator admin dispatcher planner picker pickers packer packers storekeeper inspector hca"
  ).split(" "),
);
// Words that end a role's name when walking back from its head.
const STOP_POS = new Set([
  "DET",
  "PRON",
  "ADP",
  "CCONJ",
  "SCONJ",
  "AUX",
  "PART",
  "PUNCT",
  "NUM",
  "SYM",
  "ADV",
  "INTJ",
]);
const STOP_WORDS = new Set([
  "the",
  "a",
  "an",
  "our",
  "your",
  "their",
  "each",
  "every",
  "any",
  "new",
  "both",
  "other",
  "same",
  "whoever",
  "and",
  "or",
]);

export interface RoleMention {
  /** The role as written, without its article: "outgoing nurse". */
  name: string;
  /** Index of its last word. */
  end: number;
  /** Index of its first word. */
  start: number;
}

/** The role names a sentence mentions, longest form first within each mention. */
export function roleMentions(words: Word[], sentence: string): RoleMention[] {
  const found: RoleMention[] = [];
  words.forEach((word, i) => {
    if (!HEADS.has(word.text.toLowerCase())) return;
    if (!["NOUN", "PROPN", "ADJ", "VERB"].includes(word.pos)) return;
    let start = i;
    for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
      const w = words[j];
      if (w === undefined) break;
      const hyphen = w.text === "-" && j > 0;
      // "IT service desk": a word in capitals is part of the name, whatever the tagger says.
      const capitals = /^[A-Z]{2,6}$/.test(w.text);
      if (
        !hyphen &&
        !capitals &&
        (STOP_POS.has(w.pos) || STOP_WORDS.has(w.text.toLowerCase()))
      )
        break;
      start = j;
    }
    // "goods - in": a hyphen must join two words, never start the name.
    while (words[start]?.text === "-" || words[start]?.pos === "ADP") start++;
    const first = words[start];
    if (first === undefined) return;
    const name = sentence.slice(first.start, word.end).trim();
    found.push({ name, start, end: i });
  });
  return found;
}

/** Whether the words after a mention (skipping "and/or <another role>") start its predicate: the role is a subject. */
export function isSubject(
  words: Word[],
  mention: RoleMention,
  all: RoleMention[],
): boolean {
  // "Give the line manager access": after a verb or a preposition, a role is its object.
  const before = words[mention.start - 1];
  const beforeThat = words[mention.start - 2];
  const object = (w: Word | undefined): boolean =>
    w !== undefined && (w.pos === "VERB" || w.pos === "ADP");
  const whoever = words
    .slice(Math.max(0, mention.start - 4), mention.start)
    .map((w) => w.text.toLowerCase())
    .join(" ");
  // "whoever is on the freezer rota gets the call": the rota's person is the subject.
  if (
    !/^whoever is (?:on|in)(?: the)?$/.test(whoever) &&
    (object(before) || (before?.pos === "DET" && object(beforeThat)))
  )
    return false;
  let i = mention.end + 1;
  for (;;) {
    const word = words[i];
    if (word === undefined) return false;
    if (["and", "or", "&", "/"].includes(word.text.toLowerCase())) {
      const next = all.find((m) => m.start > i && m.start <= i + 2);
      if (next === undefined) return false;
      i = next.end + 1;
      continue;
    }
    if (word.pos === "ADV") {
      i++;
      continue;
    }
    // "the freezer rota that week gets the call": a time phrase between the role and its verb.
    if (word.pos === "DET" && words[i + 1]?.pos === "NOUN") {
      i += 2;
      continue;
    }
    return word.pos === "VERB" || word.pos === "AUX" || isVerbAt(words, i);
  }
}

/** The canonical role a head-only mention ("the clerk") stands for, when exactly one role ends with that word. */
export function canonicalRole(name: string, roles: string[]): string {
  const lower = name.toLowerCase();
  const exact = roles.find((r) => r.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const longer = roles.filter((r) => r.toLowerCase().endsWith(` ${lower}`));
  return longer.length === 1 && longer[0] !== undefined ? longer[0] : name;
}
