import { nonImperativeStart } from "../../core/checks/imperative-start.js";
import { baseVerb, isKnownVerb } from "./base-verb.js";

const FILLER =
  /^(?:oh|and|so|then|first(?:ly)?|next|also|finally|lastly|after that|afterwards|now|second(?:ly)?|third(?:ly)?)[,:]?\s+/i;
const MODAL =
  /^(?:then|also|usually|always|normally|typically|just|first|now|will|need to|needs to|have to|has to|must|should|can|go and|then also)\s+/i;
const MAX_ROLE_CHARS = 60;
const EACH = /^(for (?:each|every) [^,]{1,60}?),?\s+(?:you|we)\s+/i;
const PRONOUN = /^(?:i|we|you|they|he|she|someone|somebody|one|everyone)\s+/i;
const CONDITION =
  /^(?:if|when|once|after|before|unless|whenever|while|until)\b/i;
const AUXILIARY =
  /^(?:is|are|was|were|be|been|gets?|has|have|needs?|must|should|will|can|may)$/i;
// Words that keep their lower case when the sentence is reworded ("make sure the …").
const FUNCTION_WORD =
  /^(?:the|a|an|this|that|these|those|it|its|our|their|your|my|each|every|all|any|some|there|we|you|they|he|she|someone|no)\b/i;

/**
 * Rewrites a captured step as an instruction starting with an imperative
 * verb: drops narration ("Then we …", "The account manager sends …" keeps
 * who as "(done by the account manager)"), de-conjugates the verb, keeps
 * "If/When …, <verb>", and as a last resort says "Make sure …". Every word
 * the operator wrote that carries meaning is kept.
 */
export function toImperative(text: string, roles: string[]): string {
  const clean = text.trim().replace(/\s+/g, " ");
  if (clean === "") return clean;
  if (CONDITION.test(clean)) return conditional(clean, roles);
  // "For each patient you go through …" → "For each patient, go through …".
  const each = EACH.exec(clean);
  if (each !== null)
    return `${capitalise(each[1] ?? "")}, ${toImperative(clean.slice(each[0].length), roles).replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`;
  const { rest, subject } = dropSubject(stripFillers(clean), roles);
  const words = rest.split(" ");
  const [first = "", second = ""] = words;
  const base =
    AUXILIARY.test(second) && subject === null
      ? first
      : baseVerb(first, subject !== null);
  const verb = base.toLowerCase() === first.toLowerCase() ? first : base;
  const sentence = capitalise([verb, ...words.slice(1)].join(" "));
  const together = subject !== null && /\bboth\b/i.test(subject);
  const done =
    subject === null || PRONOUN.test(`${subject} `)
      ? together
        ? `${withoutStop(sentence)} together.`
        : sentence
      : `${withoutStop(sentence)} (done by ${lowerFunction(subject)})`;
  if (nonImperativeStart(done) === null && !AUXILIARY.test(verb)) return done;
  // "The ratio must be under 0.004" → "Make sure the ratio is under 0.004".
  const checked = stripFillers(clean).replace(
    /\b(?:must|should|needs to|has to) be\b/i,
    "is",
  );
  return `Make sure ${lowerFunction(checked)}`;
}

function conditional(text: string, roles: string[]): string {
  const comma = text.indexOf(",");
  const then = / then /i.exec(text);
  const split = comma > 0 ? comma : (then?.index ?? verbIndex(text));
  if (split === null)
    return `Make sure that ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  const condition = text.slice(0, split).trim();
  const action = text.slice(split).replace(/^[\s,]*(?:then\s+)?/i, "");
  const instruction = toImperative(action, roles);
  return `${capitalise(condition)}, ${instruction.charAt(0).toLowerCase()}${instruction.slice(1)}`;
}

/** Where the action starts in "When the pager fires acknowledge it": the first known verb after the condition. */
function verbIndex(text: string): number | null {
  const words = [...text.matchAll(/\S+/g)];
  const at = words.findIndex(
    (w, i) =>
      i >= 3 &&
      isKnownVerb(w[0]) &&
      !/^(?:to|the|a|an)$/i.test(words[i - 1]?.[0] ?? ""),
  );
  return words[at]?.index ?? null;
}

function stripFillers(text: string): string {
  let rest = text;
  while (FILLER.test(rest)) rest = rest.replace(FILLER, "");
  return rest;
}

/** Drops a leading subject: a pronoun, "the team", or one of the capture's roles. */
function dropSubject(
  text: string,
  roles: string[],
): { rest: string; subject: string | null } {
  // A "role" longer than a few words is no subject; it would only bloat the pattern.
  const names = [
    "team",
    "operator",
    ...roles.filter((r) => r.length <= MAX_ROLE_CHARS),
  ]
    .map(escape)
    .sort((a, b) => b.length - a.length);
  const role = String.raw`(?:(?:the|our|an?)\s+)?(?:${names.join("|")})`;
  // "the outgoing nurse and the incoming nurse", "you both": one subject of several people.
  const subject = new RegExp(
    String.raw`^(?:(?:you|we|they)\s+both|both\s+of\s+(?:you|us|them)|(?:i|we|you|they|he|she|someone|somebody|one|everyone)|${role}(?:\s+(?:and|or|&)\s+${role}){0,3})\b\s+`,
    "i",
  ).exec(text);
  if (subject === null) return { rest: text, subject: null };
  let rest = text.slice(subject[0].length);
  while (MODAL.test(rest)) rest = rest.replace(MODAL, "");
  if (rest === "" || !/^\p{L}/u.test(rest))
    return { rest: text, subject: null };
  return { rest, subject: subject[0].trim() };
}

function withoutStop(sentence: string): string {
  return sentence.replace(/[.!]$/, "");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases a first word that is no name: a function word, or a noun that is also a verb ("Logs"). */
function lowerFunction(text: string): string {
  const first = /^\p{L}+/u.exec(text)?.[0] ?? "";
  const plain = FUNCTION_WORD.test(text) || isKnownVerb(baseVerb(first, false));
  return plain ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function escape(text: string): string {
  return text.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
