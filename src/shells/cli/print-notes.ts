import { join } from "node:path";
import { listNotes, type ListedNote } from "../../core/notes/list-notes.js";
import type { TaskSnapshot } from "../../core/ports/forge.js";
import {
  CaptureDataSchema,
  DraftDataSchema,
  PublishDataSchema,
  readData,
  WalkthroughDataSchema,
} from "../../core/workflow/task-data.js";
import { localWords } from "./local-words.js";
import type { Terminal } from "./terminal.js";

/** How many findings a summary lists before pointing at --verbose. */
const SHOWN = 5;

/**
 * Print the notes posted since `seen` (a count of notes); returns the new
 * count. By default a few lines per step; `verbose` prints each note whole.
 */
export function printNewNotes(input: {
  terminal: Terminal;
  snapshot: TaskSnapshot;
  seen: number;
  verbose: boolean;
  /** The repository, so file paths print as a person would open them. */
  dir: string;
}): number {
  const notes = listNotes(input.snapshot.comments);
  for (const note of notes.slice(input.seen))
    input.terminal.print(
      localWords(input.verbose ? fullText(note) : summary(note, input.dir)),
    );
  return notes.length;
}

function fullText(note: ListedNote): string {
  const body = note.body
    .replace(/<\/?details>|<summary>[^<]*<\/summary>/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return `\n${body}\n`;
}

function summary(note: ListedNote, dir: string): string {
  const { step, revision } = note.header;
  const capture = readData(CaptureDataSchema, note)?.capture;
  if (step === "capture" && capture) {
    const facts =
      [capture.purpose, capture.trigger, capture.definitionOfDone].filter(
        Boolean,
      ).length +
      capture.roles.length +
      capture.steps.length +
      capture.tools.length +
      capture.pitfalls.length;
    const lines = [
      ...section(note.body, "Answers received"),
      ...section(note.body, "Not used (nothing changed)"),
      `Capture ${revision}: ${facts} facts (${capture.steps.length} steps, ${capture.roles.length} roles, ${capture.tools.length} tools, ${capture.pitfalls.length} pitfalls).`,
      ...(capture.questions.length
        ? [`Open questions (${capture.questions.length}):`]
        : ["No open questions."]),
      ...capture.questions.map((q) => `  ${q.id}. ${q.text}`),
    ];
    return lines.join("\n");
  }
  const draft = readData(DraftDataSchema, note);
  if (step === "draft" && draft)
    return `Draft ${revision}: ${join(dir, draft.path)} on branch ${draft.branch} (commit ${draft.commit.slice(0, 7)}); see it with \`git -C ${dir} show ${draft.branch}:${draft.path}\`.`;
  const walked = readData(WalkthroughDataSchema, note);
  if (step === "walkthrough" && walked) {
    const left = walked.remaining;
    return [
      `Walkthrough ${revision} at ${walked.sha.slice(0, 7)}: ${walked.errors} error(s), ${left.length} finding(s) for the reviewer.`,
      ...left.slice(0, SHOWN).map((line) => `  - ${line}`),
      ...(left.length > SHOWN
        ? [`  … and ${left.length - SHOWN} more (--verbose shows them all)`]
        : []),
    ].join("\n");
  }
  const published = readData(PublishDataSchema, note);
  if (step === "publish" && published)
    return `Published ${published.path} at ${published.mergeSha.slice(0, 7)} (approved by ${published.by}).`;
  // Replies and errors are short already: their first paragraph says it.
  const first = note.body.trim().split(/\n[ \t]*\n/);
  const heading = first[0]?.startsWith("#") ? 1 : 0;
  return (first[heading] ?? "").trim();
}

/** The list under a "#### title" heading of a note, as indented lines (answers echoed with their questions). */
function section(body: string, title: string): string[] {
  const lines = body.split("\n");
  const start = lines.indexOf(`#### ${title}`);
  if (start < 0) return [];
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("#")) break;
    if (line.startsWith("- "))
      items.push(`  ${line.slice(2).replace(/\*\*/g, "")}`);
  }
  return items.length ? [`${title}:`, ...items] : [];
}
