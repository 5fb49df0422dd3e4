// Words that open a greeting or close a message; linear: one alternation anchored at the start.
const GREETING =
  /^(?:hi|hello|hey|hiya|dear|morning|good (?:morning|afternoon|evening)|afternoon|evening|@channel|@here|@team|all)\b/i;
const SIGN_OFF =
  /^(?:thanks|thank you|many thanks|thx|ta|cheers|best|best wishes|kind regards|regards|warm regards|br|speak soon|see you)\b/i;
// Text about the request rather than the process.
const META =
  /\b(?:sop|write (?:this|it) up|write up how|turn (?:this|it) into|as discussed|following our call|per your request|below is how|here(?:'s| is) (?:how|what)|just dumping|let me know if|hope this helps|keep getting asked|never know|quick one)\b/i;
// "Practice nurse here.", "Priya here!": who is writing, not what to do.
const INTRO = /^[\p{L}'-]+(?: [\p{L}'-]+){0,3} here[.!]*$/iu;
const MEETING =
  /^(?:meeting notes|notes from|attendees|present|agenda(?: item)?|next meeting|aob|apologies|minutes)\b/i;

/** A line of meeting boilerplate: "Attendees: …", "Agenda item 3: …", "Next meeting: …". */
export function isMeetingBoilerplate(line: string): boolean {
  return MEETING.test(line.trim());
}

/** The index of the line where the sign-off starts ("Thanks,", "Kind regards," …), or -1. */
export function signOffStart(lines: string[]): number {
  const filled = lines
    .map((line, index) => ({ line: line.trim(), index }))
    .filter((l) => l.line !== "");
  // A sign-off stands in the last few lines; a "thanks" earlier is part of the message.
  for (const { line, index } of filled.slice(-6)) {
    if (SIGN_OFF.test(line) && words(line) <= 6) return index;
  }
  return -1;
}

/**
 * Text that is not part of the process: a greeting, a sign-off, a line about
 * the request itself ("can someone turn this into an SOP"), or a few words
 * with no verb ("thanks!!", "ta x").
 */
export function isJunk(sentence: string): boolean {
  // Emoji and symbols before the words ("🌞 Practice nurse here.") do not make it a step.
  const text = sentence.trim().replace(/^[^\p{L}\p{N}@#]+/u, "");
  if (INTRO.test(text)) return true;
  if (text === "") return true;
  if (META.test(text)) return true;
  if (GREETING.test(text)) {
    // "Hi Tom," is all greeting; "hi all, the ward clerk books the transport" is a step after one.
    const rest = text.slice(greetingLength(text)).trim();
    if (words(rest) <= 2 || (rest !== text && isJunk(rest))) return true;
  }
  if (SIGN_OFF.test(text) && words(text) <= 6) return true;
  return !/[\p{L}\p{N}]/u.test(text);
}

/** A greeting at the start of a sentence ("Hi all 👋", "morning! 🌞"), to cut it off what follows. */
export function greetingLength(sentence: string): number {
  const match = GREETING.exec(sentence);
  if (match === null) return 0;
  const rest = sentence.slice(match[0].length);
  // The greeting runs to its first stop: "!", ",", "—", or an emoji; a following word ends it too.
  const stop = /^[^\p{L}\p{N}]*/u.exec(rest)?.[0] ?? "";
  const extra =
    /^\s*(?:all|team|everyone|both|folks|guys)\b[^\p{L}\p{N}]*/iu.exec(
      rest.slice(stop.length),
    );
  return match[0].length + stop.length + (extra?.[0].length ?? 0);
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
