import { classifyKey } from "../classify-key.js";
import type { RequestField } from "../form-fields.js";
import { significantWords } from "../significant-words.js";
import {
  isAnaphoric,
  opensWithCondition,
  splitConditional,
} from "./conditional.js";
import { isForgetRemark, takeForgetMarker } from "./forget-marker.js";
import { greetingLength, isJunk, isMeetingBoilerplate } from "./junk-text.js";
import type { Language, Word } from "./language.js";
import { canonicalRole, isSubject, roleMentions } from "./role-mentions.js";
import { isSafetyRule, namesPpe } from "./safety-rule.js";
import { PROCEDURE_VERBS } from "./procedure-verbs.js";
import { splitClauses } from "./split-clauses.js";
import { CLAUSE_EDGES, trimChars } from "./trim-chars.js";
import { trimEnd } from "../trim-end.js";

export interface ProseCaution {
  text: string;
  /** The text of the step it guards (shown again right before it), or null for a standing rule. */
  guards: string | null;
}

/** What a stretch of free text says, sorted into the capture's fields. */
export interface ProseReading {
  steps: string[];
  pitfalls: { text: string; handling: string | null }[];
  cautions: ProseCaution[];
  roles: string[];
  trigger: string | null;
  purpose: string | null;
  definitionOfDone: string | null;
  /** Greetings, sign-offs, meta text: kept as notes, never steps. */
  dropped: string[];
}

const FILLER =
  /^(?:(?:ok|okay|so|basically|right|anyway|first thing|last thing|then|after that|also|and|oh|now)\b[\s,:]*)+/i;
const TRIBAL = /^(?:you\s+)?(?:also\s+)?(?:have to|need to|got to|must)\s+/i;
const STARTS =
  /^(?:it|this|the process|process)?\s*(?:starts|kicks off|begins|is triggered|gets triggered|is kicked off)\b\s*/i;
const DONE_MARK = /^(?:when|once|if|=|:|means)\s*/i;
const VAGUE_STATEMENT =
  /^(?:sometimes|occasionally|now and then)\b|\b(?:is|are) different\b/i;
const WHAT_TO_DO_WHEN = /\bwhat to do when\s+([^,.!?]+)/i;
const TIME_WORDS =
  /\b(?:\d{1,2}:\d{2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|every|weekly|monthly|daily|morning|evening|night|last orders|last day|day|week|month)\b/i;
const ROLE_VERB =
  /^(?:owns?|does|do|handles?|runs?|prepares?|approves?|is responsible|are responsible|gets? the call|picks? (?:it )?up|signs? for)\b/i;
const ROLE_OBJECT =
  /^\s*(?:it|this|all of this|all this|most of the work|the work|the call|for it)\b/i;
const SOMEONE_IN =
  /\bsomeone (?:in|from) (\w+)(?: (?:or|and) (\w+))? (?:handles|does|deals with|picks up|takes)\b/i;
const THRESHOLD_RULE = /\b(?:need|needs|require|requires)\b/i;
const THRESHOLD =
  /\b(?:over|above|under|below|more than|less than)\s+[£$€]?\d/i;
const SAFETY_LABEL = /^(?:site rule|safety(?: rule)?|rule|important)$/i;
// "Damaged pallets get photographed and …": what happens to a kind of thing, i.e. an edge case.
const PASSIVE =
  /^((?:damaged|broken|missing|late|expired|faulty|rejected|returned|wrong|unlabelled|spilt|spilled|leaking)\s+\p{L}+)\s+(?:get|gets|are|is|go|goes)\s+\p{L}+ed\b/iu;
// "The visit is booked by the office…" as the first thing said: what starts the process.
const BOOKED =
  /^(?:the|a|an|each|every)\s+\p{L}+(?:\s+\p{L}+)?\s+(?:is|are|gets|get)\s+(?:booked|raised|requested|received|logged|scheduled|assigned|sent)\b/iu;
const BEFORE_AFTER = /^(before|after|once)\s+/i;

/** A paragraph or list item; a numbered item is one step whatever it holds. */
export interface ProseUnit {
  text: string;
  numbered: boolean;
}

interface Draft {
  steps: {
    text: string;
    anchor: { side: "before" | "after"; phrase: string } | null;
  }[];
  reading: ProseReading;
}

/**
 * Reads free text as a process: drops greetings, sign-offs and meta text;
 * takes roles, trigger, purpose and definition of done where they are
 * stated; keeps conditions as edge cases, safety rules and "people forget
 * this" remarks as cautions, and the rest as steps, one action each, in the
 * operator's words.
 */
export function readProse(
  units: ProseUnit[],
  language: Language,
): ProseReading {
  const draft: Draft = {
    steps: [],
    reading: {
      steps: [],
      pitfalls: [],
      cautions: [],
      roles: [],
      trigger: null,
      purpose: null,
      definitionOfDone: null,
      dropped: [],
    },
  };
  for (const unit of units) {
    if (unit.numbered) numberedStep(unit.text, language, draft);
    else
      for (const sentence of language.sentences(unit.text)) {
        if (scheduleStatement(sentence.trim(), language, draft.reading))
          continue;
        for (const part of semicolonParts(sentence.trim()))
          readSentence(part, language, draft);
      }
  }
  const reading = draft.reading;
  reading.steps = place(draft.steps);
  const forgotSteps = new Set(
    reading.cautions
      .filter((c) => c.text.startsWith(FORGOTTEN))
      .map((c) => c.guards),
  );
  reading.cautions = reading.cautions.filter(
    (c) =>
      c.text.startsWith(FORGOTTEN) ||
      c.guards !== c.text ||
      !forgotSteps.has(c.guards),
  );
  reading.roles = unique(reading.roles);
  for (const caution of reading.cautions)
    if (caution.guards !== null)
      caution.guards = bestStep(caution.guards, reading.steps);
  return reading;
}

/** "X prepares it and Y approves; nobody can do both": two statements, unless a condition opens the sentence. */
function semicolonParts(sentence: string): string[] {
  if (opensWithCondition(sentence) || sentence.includes("(")) return [sentence];
  return sentence.split(/;\s+/).filter((part) => part.trim() !== "");
}

/** A numbered step stays one step (its number may be referred to); only a "people forget this" remark leaves it. */
function numberedStep(text: string, language: Language, draft: Draft): void {
  const forget = takeForgetMarker(text.trim());
  const step = forget.text;
  if (step === "") return;
  draft.steps.push({ text: step, anchor: null });
  const words = language.words(step);
  const mentions = roleMentions(words, step);
  for (const m of mentions)
    if (isSubject(words, m, mentions)) draft.reading.roles.push(m.name);
  if (forget.remark !== null)
    draft.reading.cautions.push({ text: forgotten(step), guards: step });
  else if (guardsItself(step))
    draft.reading.cautions.push({ text: cautionOf(step), guards: step });
}

/** The caution a step carries: the rule in its brackets first ("Not before, …: disable the account …"), else the step. */
function cautionOf(step: string): string {
  const bracket = /\(([^()]{1,120})\)/.exec(step);
  if (
    bracket === null ||
    !/\b(?:not before|not after|never|don't|do not|must)\b/i.test(
      bracket[1] ?? "",
    )
  )
    return step;
  const rest = strip(step.replace(bracket[0], "").replace(/\s{2,}/g, " "));
  return `${capitalise(strip(bracket[1] ?? ""))}: ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}

/** A step that is also a caution: putting on protection, a rule in brackets ("(not before …)"), "(legal!)". */
function guardsItself(step: string): boolean {
  if (namesPpe(step) && /^(?:put on|wear)\b/i.test(step)) return true;
  if (/^before\b/i.test(step)) return true;
  const bracket = /\(([^()]{1,120})\)/.exec(step)?.[1] ?? "";
  return (
    /\b(?:not before|not after|never|don't|do not|must|legal)\b/i.test(
      bracket,
    ) ||
    isSafetyRule(step.replace(/^[^,]*,\s*/, "")) ||
    /\blegal!|\bby law\b/i.test(step)
  );
}

/** "Patch Tuesday is 2nd Tuesday of the month; we patch the Thursday after": when it runs, i.e. the trigger. */
function scheduleStatement(
  sentence: string,
  language: Language,
  reading: ProseReading,
): boolean {
  if (reading.trigger !== null || !TIME_WORDS.test(sentence)) return false;
  const words = language.words(sentence);
  if (
    !["NOUN", "PROPN", "DET", "ADJ"].includes(words[0]?.pos ?? "") ||
    words.length > 30
  )
    return false;
  const verb = words.findIndex((w) => w.pos === "VERB" || w.pos === "AUX");
  const copula = words[verb];
  if (verb < 1 || copula === undefined || !/^(?:is|are)$/i.test(copula.text))
    return false;
  if (
    roleMentions(words, sentence).length > 0 ||
    /^(?:if|when|before|after)\b/i.test(sentence)
  )
    return false;
  if (/\b(?:is|are) (?:\p{L}+ed|being)\b/iu.test(sentence)) return false;
  reading.trigger = capitalise(strip(sentence));
  return true;
}

function readSentence(raw: string, language: Language, draft: Draft): void {
  const { reading } = draft;
  if (isJunk(raw)) {
    roleStatement(raw, language.words(raw), reading);
    const when = WHAT_TO_DO_WHEN.exec(raw)?.[1];
    if (when !== undefined && reading.trigger === null)
      reading.trigger = capitalise(`When ${when.trim()}`);
    reading.dropped.push(raw);
    return;
  }
  const greeting = greetingLength(raw);
  const sentence = raw.slice(greeting).trim();
  if (greeting > 0) reading.dropped.push(raw.slice(0, greeting).trim());
  if (sentence === "") return;
  if (isMeetingBoilerplate(sentence) || isJunk(sentence)) {
    roleStatement(sentence, language.words(sentence), reading);
    const when = WHAT_TO_DO_WHEN.exec(sentence)?.[1];
    if (when !== undefined && reading.trigger === null)
      reading.trigger = capitalise(`When ${when.trim()}`);
    reading.dropped.push(sentence);
    return;
  }
  if (isForgetRemark(sentence) && !/[,;]/.test(sentence)) {
    const last = draft.steps.at(-1);
    if (last !== undefined)
      reading.cautions.push({ text: forgotten(last.text), guards: last.text });
    else reading.dropped.push(sentence);
    return;
  }
  if (keyed(sentence, reading)) return;
  const forget = takeForgetMarker(sentence);
  const label = unlabel(forget.text, language);
  let text = label.text.replace(FILLER, "");
  text = text.replace(TRIBAL, "");
  if (text === "") return;
  const done = doneText(text);
  if (done !== null) {
    reading.definitionOfDone = join(reading.definitionOfDone, done);
    return;
  }
  const starts = STARTS.exec(text);
  if (starts !== null && starts[0].trim() !== "" && reading.trigger === null) {
    reading.trigger = capitalise(strip(text.slice(starts[0].length)));
    return;
  }
  if (label.safety || isSafetyRule(text)) {
    reading.cautions.push({
      text: capitalise(strip(text)),
      guards: guardOf(text),
    });
    return;
  }
  const words = language.words(text);
  if (roleStatement(text, words, reading)) return;
  if (VAGUE_STATEMENT.test(text)) {
    reading.pitfalls.push({ text: capitalise(strip(text)), handling: null });
    return;
  }
  if (opensWithCondition(text) && !isAnaphoric(text)) {
    const split = splitConditional(text, words);
    reading.pitfalls.push({
      text: capitalise(strip(split.condition)),
      handling: split.action === null ? null : capitalise(strip(split.action)),
    });
    return;
  }
  if (
    reading.trigger === null &&
    draft.steps.length === 0 &&
    BOOKED.test(text)
  ) {
    reading.trigger = capitalise(strip(text));
    return;
  }
  const passive = PASSIVE.exec(text);
  if (passive !== null) {
    reading.pitfalls.push({
      text: capitalise(strip(passive[1] ?? "")),
      handling: capitalise(strip(text.slice((passive[1] ?? "").length))),
    });
    return;
  }
  if (THRESHOLD.test(text) && THRESHOLD_RULE.test(text)) {
    const rule = thresholdRule(text, words);
    if (rule !== null) {
      reading.pitfalls.push(rule);
      return;
    }
  }
  const clauses = splitClauses(text, words);
  const stepsBefore = draft.steps.length;
  const leading = leadingTime(text, words, reading);
  clauses.forEach((clause, i) => {
    if (i > 0 && opensWithCondition(clause) && !isAnaphoric(clause)) {
      const split = splitConditional(clause, language.words(clause));
      const last = draft.steps.at(-1);
      // "check the display - if it's above -70 it's real": the condition explains the step before.
      if (split.action === null && last !== undefined) {
        last.text = `${last.text} - ${clause}`;
        return;
      }
      reading.pitfalls.push({
        text: capitalise(strip(split.condition)),
        handling:
          split.action === null ? null : capitalise(strip(split.action)),
      });
      return;
    }
    const step = capitalise(
      strip(
        i === 0 && leading !== null
          ? clause
              .slice(Math.max(0, clause.indexOf(leading) + leading.length))
              .trim() || clause
          : clause,
      ),
    );
    const ordered = conditionFirst(step);
    const before = BEFORE_AFTER.exec(ordered);
    draft.steps.push({
      text: ordered,
      anchor: before === null ? null : anchorOf(ordered, before[1] ?? ""),
    });
    if (guardsItself(ordered))
      reading.cautions.push({ text: cautionOf(ordered), guards: ordered });
  });
  // The remark is about the sentence it stands in: it guards that sentence's first step.
  const first = draft.steps[stepsBefore];
  if (forget.remark !== null && first !== undefined)
    reading.cautions.push({ text: forgotten(first.text), guards: first.text });
}

/** "Purpose: …", "Owner: …", "Done when: …" as a line or list item. */
function keyed(sentence: string, reading: ProseReading): boolean {
  const colon = sentence.indexOf(":");
  if (colon <= 0 || colon > 30) return false;
  const field: RequestField | null = classifyKey(sentence.slice(0, colon));
  const value = sentence.slice(colon + 1).trim();
  if (field === null || value === "") return false;
  if (field === "purpose") reading.purpose = join(reading.purpose, value);
  else if (field === "trigger") reading.trigger = join(reading.trigger, value);
  else if (field === "definitionOfDone")
    reading.definitionOfDone = join(reading.definitionOfDone, value);
  else if (field === "roles")
    reading.roles.push(
      ...value
        .split(/,|\sand\s/)
        .map((r) => strip(r))
        .filter(Boolean),
    );
  else return false;
  return true;
}

/** "Controlled drugs: you both go…", "the med fridge temp log - check the fridge…": the topic label goes. */
function unlabel(
  text: string,
  language: Language,
): { text: string; safety: boolean } {
  for (const mark of [": ", " - ", " – ", " — "]) {
    const at = text.indexOf(mark);
    if (at <= 0) continue;
    const label = text.slice(0, at);
    if (label.split(/\s+/).length > 6) continue;
    const words = language.words(label);
    // "Controlled drugs:" — a participle used as an adjective still makes a label.
    const verb = words.some(
      (w) =>
        w.pos === "AUX" || (w.pos === "VERB" && !/(?:ed|ing)$/i.test(w.text)),
    );
    // "Then ring the family - …" starts with an instruction: no label.
    const first = label.replace(FILLER, "").split(" ")[0]?.toLowerCase() ?? "";
    if (verb || PROCEDURE_VERBS.has(first)) continue;
    const rest = text.slice(at + mark.length).trim();
    return { text: rest, safety: SAFETY_LABEL.test(label.trim()) };
  }
  return { text, safety: false };
}

/** "Done when …", "Done = …", "Handover is done when …": the definition of done. */
function doneText(text: string): string | null {
  const lower = text.toLowerCase();
  const at = lower.search(/\bdone\b/);
  if (at < 0 || text.slice(0, at).split(/\s+/).length > 4) return null;
  const rest = text.slice(at + 4).trimStart();
  if (!DONE_MARK.test(rest)) return null;
  const value = strip(rest.replace(DONE_MARK, ""));
  return value === "" ? null : capitalise(value);
}

/** A sentence saying who does the process ("the closing chef does all of this after last orders"). */
function roleStatement(
  text: string,
  words: Word[],
  reading: ProseReading,
): boolean {
  const someone = SOMEONE_IN.exec(text);
  const mentions = roleMentions(words, text);
  const subjects = mentions.filter((m) => isSubject(words, m, mentions));
  for (const s of subjects) reading.roles.push(s.name);
  if (someone !== null)
    reading.roles.push(
      ...[someone[1], someone[2]].filter((r): r is string => r !== undefined),
    );
  const first = subjects[0];
  const last = subjects.at(-1);
  if (someone === null && (first === undefined || last === undefined))
    return false;
  const subjectStart = someone?.index ?? words[first?.start ?? 0]?.start ?? 0;
  const opening = trimEnd(
    text
      .slice(0, subjectStart)
      .replace(/\b(?:the|a|an)\s*$/i, "")
      .trim(),
    " ,",
  ).replace(FILLER, "");
  const predicateStart =
    someone !== null
      ? someone.index +
        someone[0].length -
        (someone[0].length - someone[0].lastIndexOf(" ") - 1)
      : (words[(last?.end ?? 0) + 1]?.start ?? text.length);
  // "the freezer rota that week gets the call": the time phrase is not the predicate.
  // "X prepares it every Wednesday and Y approves": the first subject's predicate counts too.
  const firstEnd = words[(first?.end ?? 0) + 1]?.start;
  const firstPredicate =
    someone === null && first !== last && firstEnd !== undefined
      ? text.slice(
          firstEnd,
          words[subjects[1]?.start ?? 0]?.start ?? text.length,
        )
      : "";
  const predicate = (
    ROLE_VERB.test(firstPredicate) ? firstPredicate : text.slice(predicateStart)
  ).replace(/^(?:that|this|each|every)\s+\p{L}+\s+/iu, "");
  const verb = ROLE_VERB.exec(predicate);
  if (verb === null) return false;
  const object = ROLE_OBJECT.exec(predicate.slice(verb[0].length));
  if (
    object === null &&
    !/^(?:handles?|owns?)$/i.test(verb[0]) &&
    !(
      /^approves?$/i.test(verb[0]) &&
      /^\W*$/.test(predicate.slice(verb[0].length))
    ) &&
    !/^gets? the call|^signs? for/i.test(verb[0])
  )
    return false;
  const after = strip(
    predicate
      .slice(verb[0].length + (object?.[0].length ?? 0))
      .replace(/^[\s,;]+/, ""),
  );
  if (
    reading.trigger === null &&
    /^(?:when|whenever|once|every|at|each|on)\b/i.test(opening)
  )
    reading.trigger = capitalise(opening);
  const when = (after.split(/\sand\s(?=the\b|a\b)/i)[0] ?? "").replace(
    / and$/i,
    "",
  );
  if (reading.trigger === null && when !== "" && TIME_WORDS.test(when))
    reading.trigger = capitalise(when.replace(/^(?:and|then|that)\s+/i, ""));
  return true;
}

/** "Refunds over £500 need Maria's sign-off first": the case, and what it needs. */
function thresholdRule(
  text: string,
  words: Word[],
): { text: string; handling: string | null } | null {
  // An instruction ("Filter the oil once it's under 50°C") is a step, whatever threshold it names.
  if (PROCEDURE_VERBS.has(words[0]?.text.toLowerCase() ?? "")) return null;
  const tagged = words.findIndex(
    (w, i) => i > 1 && (w.pos === "VERB" || w.pos === "AUX"),
  );
  // The tagger may read "need" in "refunds over £500 need Maria's sign-off" as a noun.
  const verb =
    tagged >= 0
      ? tagged
      : words.findIndex((w, i) => i > 1 && THRESHOLD_RULE.test(w.text));
  const at = words[verb];
  if (verb < 0 || at === undefined) return null;
  return {
    text: capitalise(strip(text.slice(0, at.start))),
    handling: capitalise(strip(text.slice(at.start))),
  };
}

/** A leading time phrase before the first subject ("at 07:00 and 19:00 the outgoing nurse…") is the trigger. */
function leadingTime(
  text: string,
  words: Word[],
  reading: ProseReading,
): string | null {
  if (reading.trigger !== null) return null;
  const mentions = roleMentions(words, text).filter((m) =>
    isSubject(words, m, roleMentions(words, text)),
  );
  const first = mentions[0];
  if (first === undefined || first.start === 0) return null;
  const opening = text
    .slice(0, words[first.start]?.start ?? 0)
    .replace(/\b(?:the|a|an)\s*$/i, "")
    .trim();
  if (
    !/^(?:at|every|each|on|after)\b/i.test(opening) ||
    !TIME_WORDS.test(opening)
  )
    return null;
  reading.trigger = capitalise(trimEnd(opening, " ,"));
  return opening;
}

/** "email the supplier the report if the count is short" → "If the count is short, email the supplier the report". */
function conditionFirst(step: string): string {
  const at = step.search(/\sif\s/i);
  if (/[-—–,]$/.test(step.slice(0, at).trimEnd())) return step;
  if (
    at <= 0 ||
    /^(?:if|when|once)\b/i.test(step) ||
    step.slice(at).includes(",")
  )
    return step;
  const condition = strip(step.slice(at + 1)).replace(/\.$/, "");
  const action = step.slice(0, at).trim();
  if (condition.split(/\s+/).length > 14) return step;
  return `${capitalise(condition)}, ${action.charAt(0).toLowerCase()}${action.slice(1)}`;
}

function anchorOf(
  step: string,
  side: string,
): { side: "before" | "after"; phrase: string } {
  const comma = step.indexOf(",");
  const phrase = step.slice(side.length, comma > 0 ? comma : undefined).trim();
  return { side: side.toLowerCase() === "before" ? "before" : "after", phrase };
}

/** Moves a "before X, …" step ahead of the step doing X when it stood after it (and "after X" the other way). */
function place(steps: Draft["steps"]): string[] {
  const texts = steps.map((s) => s.text);
  for (const step of steps) {
    if (step.anchor === null) continue;
    const others = texts.filter((t) => t !== step.text);
    const target = bestIndex(step.anchor.phrase, others);
    if (target === null) continue;
    const anchorText = others[target];
    const from = texts.indexOf(step.text);
    const to = anchorText === undefined ? -1 : texts.indexOf(anchorText);
    if (from < 0 || to < 0) continue;
    const wrongSide = step.anchor.side === "before" ? from > to : from < to;
    if (!wrongSide) continue;
    texts.splice(from, 1);
    const at = texts.indexOf(anchorText ?? "");
    texts.splice(step.anchor.side === "before" ? at : at + 1, 0, step.text);
  }
  return texts;
}

function guardOf(text: string): string | null {
  const when = /\b(?:when|while|before) (?:you |we )?([^,.!?]+)/i.exec(
    text,
  )?.[1];
  return when === undefined ? null : when;
}

function bestStep(phrase: string, steps: string[]): string | null {
  if (steps.includes(phrase)) return phrase;
  const index = bestIndex(phrase, steps);
  return index === null ? null : (steps[index] ?? null);
}

function bestIndex(phrase: string, steps: string[]): number | null {
  const words = new Set(significantWords(phrase));
  if (words.size === 0) return null;
  let best: number | null = null;
  let bestScore = 0;
  steps.forEach((step, index) => {
    const own = new Set(significantWords(step));
    const score = [...words].filter((w) => own.has(w)).length / words.size;
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return bestScore >= 0.5 ? best : null;
}

const FORGOTTEN = "People forget this step: ";

function forgotten(step: string): string {
  return `${FORGOTTEN}${step.charAt(0).toLowerCase()}${step.slice(1)}`;
}

function strip(text: string): string {
  return trimChars(trimEnd(trimChars(text, CLAUSE_EDGES), "!"), CLAUSE_EDGES);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function join(before: string | null, text: string): string {
  return before === null ? text : `${before}\n${text}`;
}

function unique(roles: string[]): string[] {
  const seen = new Map<string, string>();
  for (const role of roles) {
    const name = canonicalRole(
      role,
      roles.filter((r) => r !== role),
    );
    const key = name.toLowerCase().replace(/s$/, "");
    if (!seen.has(key))
      seen.set(key, name.charAt(0).toUpperCase() + name.slice(1));
  }
  return [...seen.values()];
}
