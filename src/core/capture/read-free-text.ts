import { classifyHeading } from "./classify-heading.js";
import { classifyKey } from "./classify-key.js";
import type { RequestField } from "./form-fields.js";
import { headingText as atxHeading } from "./heading-text.js";
import { listItems } from "./list-items.js";
import type { RequestFields } from "./request-fields.js";
import type { Language } from "./free-text/language.js";
import { readEnglishBlocks } from "./free-text/read-english-blocks.js";
import type { ProseCaution } from "./free-text/read-prose.js";
import { signOffStart } from "./free-text/junk-text.js";
import { extraHeading } from "./free-text/extra-heading.js";

const BOLD_HEADING = /^\s*(?:\*\*|__)([^*_]+)(?:\*\*|__)(?:\s*:)?\s*$/;
const COLON_HEADING = /^\s*([^\s:][^:]{0,60}):\s*$/;
const KEY_VALUE =
  /^\s*(?:\*\*)?([a-z][a-z /-]{0,30}?)(?:\*\*)?\s*:(?:\*\*)?\s+(\S.*)$/i;
const LIST_LINE = /^\s*(?:\d{1,3}[.)]|[-*+•])\s/;

export interface Block {
  /** The field this block's lines fill; null for the text before any heading or under an unknown one. */
  field: RequestField | null;
  heading: string | null;
  lines: string[];
}

/**
 * Cuts a free-text request into fields: headings such as "Steps" or
 * "Pitfalls" open a section, lines such as "Trigger: …" set a field, and the
 * text before any heading gives the steps when no section does (its list, or
 * else its sentences). Everything else becomes a note. With a `language`,
 * the text is read as English: greetings and sign-offs dropped, roles,
 * trigger and definition of done taken from sentences, conditions and
 * safety rules sorted out of the steps (see readProse).
 */
export function readFreeText(
  body: string,
  language?: Language,
): RequestFields & { cautions: ProseCaution[] } {
  const lines = body.split("\n");
  const signOff = language === undefined ? -1 : signOffStart(lines);
  const preamble: Block = { field: null, heading: null, lines: [] };
  const blocks: Block[] = [preamble];
  let current = preamble;
  for (const line of signOff < 0 ? lines : lines.slice(0, signOff)) {
    const heading = headingText(line);
    const field =
      heading === null
        ? null
        : (classifyHeading(heading.text) ??
          (language === undefined ? null : extraHeading(heading.text)));
    if (
      heading === null ||
      (!heading.markdown && (field === null || wordCount(heading.text) > 5))
    ) {
      addLine(blocks, current, line);
      continue;
    }
    if (field === null && current === preamble) {
      // A heading of its own before any section is the process's name (a title line), not a section.
      const named = blocks.some((b) => b.field === "name");
      blocks.push({
        field: named ? null : "name",
        heading: heading.text,
        lines: [heading.text],
      });
      continue;
    }
    current = { field, heading: heading.text, lines: [] };
    blocks.push(current);
  }
  if (language !== undefined) {
    const read = readEnglishBlocks({ blocks, preamble, language });
    if (signOff >= 0) read.notes.push(lines.slice(signOff).join("\n").trim());
    return read;
  }
  return { ...collect(blocks, preamble), cautions: [] };
}

/** A "Key: value" line sets its field wherever it stands; any other line joins the current block. */
function addLine(blocks: Block[], current: Block, line: string): void {
  const pair = LIST_LINE.test(line) ? null : KEY_VALUE.exec(line);
  const field = pair?.[1] === undefined ? null : classifyKey(pair[1]);
  if (field !== null && pair?.[2] !== undefined)
    blocks.push({ field, heading: null, lines: [pair[2]] });
  else current.lines.push(line);
}

function collect(blocks: Block[], preamble: Block): RequestFields {
  const fields: Partial<Record<RequestField, string>> = {};
  const notes: string[] = [];
  for (const block of blocks) {
    const text = block.lines.join("\n").trim();
    if (block.field !== null)
      fields[block.field] = [fields[block.field], text]
        .filter(Boolean)
        .join("\n");
    else if (block !== preamble && text !== "")
      notes.push(
        block.heading === text ? text : `${block.heading ?? ""}:\n${text}`,
      );
  }
  const unsectioned = preamble.lines.join("\n").trim();
  if (!fields.steps) {
    const { items, rest } = listItems(unsectioned, { sentences: true });
    fields.steps = items.map((item, i) => `${i + 1}. ${item}`).join("\n");
    notes.unshift(...rest);
  } else if (unsectioned !== "") notes.unshift(unsectioned);
  return { fields, notes };
}

function headingText(line: string): { text: string; markdown: boolean } | null {
  const markdown = atxHeading(line, { min: 1, max: 6 });
  if (markdown !== null) return { text: markdown, markdown: true };
  const other = (BOLD_HEADING.exec(line) ?? COLON_HEADING.exec(line))?.[1];
  return other === undefined ? null : { text: other, markdown: false };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
