import type { List, ListItem, RootContent } from "mdast";
import { heading } from "../markdown/md-builders.js";
import { editFrontMatter } from "./edit-front-matter.js";
import { editLists } from "./edit-lists.js";
import { editRevisions } from "./edit-revisions.js";
import { markdownProcessor } from "./markdown-processor.js";
import { parseSop, type ParsedSop, type SopSection } from "./parse-sop.js";
import { renderSop, SECTION_ORDER, sectionBody } from "./render-sop.js";
import type { SectionName } from "./render-sop.js";
import type { SopFile } from "./sop-schema.js";
import {
  definitionItem,
  edgeCaseItem,
  gapItem,
  stepItem,
  textItem,
} from "./sop-nodes.js";
import { SECTION, sectionKey } from "./sop-sections.js";
import { applyTextEdits, type TextEdit } from "./text-edits.js";

/**
 * `source` edited so that it reads as `next`, touching only what differs:
 * a changed front matter key, list item, paragraph block or table row is
 * rewritten in place and every other byte is kept — sections sopflow does
 * not know, HTML, comments, link and emphasis styles included. With `next`
 * equal to what `source` reads as, the result is `source` itself.
 */
export function editSop({
  source,
  next,
}: {
  source: string;
  next: SopFile;
}): string {
  const parsed = parseSop(source);
  if (
    parsed.title === null &&
    parsed.sections.size === 0 &&
    parsed.frontMatter.node === null
  )
    return renderSop(next);
  const edits: TextEdit[] = [
    ...editFrontMatter({
      source,
      node: parsed.frontMatter.node,
      data: parsed.frontMatter.data,
      next: next.frontMatter,
    }),
    ...editTitle(parsed, next.content.title),
    ...SECTION_ORDER.flatMap((key) => editSection(parsed, key, next)),
  ];
  if (edits.length === 0) return source;
  // Text sopflow writes follows the file's line endings, so a Windows file stays one.
  const crlf = source.includes("\r\n");
  return applyTextEdits(
    source,
    crlf
      ? edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, "\r\n") }))
      : edits,
  );
}

function editTitle(parsed: ParsedSop, title: string): TextEdit[] {
  if (parsed.file.content.title === title) return [];
  const text = blocks([heading(1, title)]);
  const node = parsed.title;
  if (node === null) {
    const at = parsed.frontMatter.node?.position?.end.offset;
    return at === undefined
      ? [{ start: 0, end: 0, text: `${text}\n\n` }]
      : [{ start: at, end: at, text: `\n\n${text}` }];
  }
  return [range(node, text)];
}

function editSection(
  parsed: ParsedSop,
  key: SectionName,
  next: SopFile,
): TextEdit[] {
  const was = parsed.file;
  const section = parsed.sections.get(sectionKey(SECTION[key]));
  if (key === "revisionHistory") {
    if (same(was.revisions, next.revisions)) return [];
    const edits = section
      ? editRevisions({ section, next: next.revisions })
      : null;
    if (edits !== null) return edits;
  } else if (same(valueOf(was, key), valueOf(next, key))) return [];
  const body = sectionBody(key, next);
  if (section === undefined)
    return body === null ? [] : [insertSection(parsed, key, body)];
  if (body === null) return [removeSection(parsed, section)];
  const lists = section.nodes.filter((n): n is List => n.type === "list");
  const listed = lists.flatMap((list) => list.children).length;
  const items = itemsOf(was, key);
  const wanted = itemsOf(next, key);
  if (
    lists.length > 0 &&
    items !== null &&
    wanted !== null &&
    items.values.length === listed
  )
    return editLists({
      source: parsed.source,
      lists,
      before: items.values,
      after: wanted.values,
      keyOf: (value) => JSON.stringify(value),
      render: wanted.render,
    });
  return [replaceBody(parsed, section, body)];
}

type Values = { values: unknown[]; render: (value: unknown) => ListItem };

/** The section's items with how to write one, for the sections that are lists. */
function itemsOf(file: SopFile, key: SectionName): Values | null {
  const { content } = file;
  const as = <T>(values: T[], render: (value: T) => ListItem): Values => ({
    values,
    render: render as (value: unknown) => ListItem,
  });
  switch (key) {
    case "roles":
    case "prerequisites":
    case "definitionOfDone":
      return as(content[key], textItem);
    case "steps":
      return as(content.steps, stepItem);
    case "edgeCases":
      return as(content.edgeCases, edgeCaseItem);
    case "definitions":
      return as(content.definitions ?? [], definitionItem);
    case "safety":
      return as(content.cautions ?? [], textItem);
    case "openQuestions":
      return as(content.gaps, gapItem);
    case "references":
      return as(content.references ?? [], textItem);
    case "records":
    case "approval":
    case "purpose":
    case "scope":
    case "trigger":
    case "revisionHistory":
      return null;
  }
}

function valueOf(file: SopFile, key: SectionName): unknown {
  if (key === "openQuestions") return file.content.gaps;
  if (key === "revisionHistory") return file.revisions;
  if (key === "definitions") return file.content.definitions ?? [];
  if (key === "safety") return file.content.cautions ?? [];
  if (key === "records") return file.content.records ?? [];
  if (key === "references") return file.content.references ?? [];
  if (key === "approval") return file.frontMatter.approval;
  return file.content[key];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function blocks(nodes: RootContent[]): string {
  return markdownProcessor
    .stringify({ type: "root", children: nodes })
    .trimEnd();
}

function range(
  node: { position?: { start: { offset?: number }; end: { offset?: number } } },
  text: string,
): TextEdit {
  const start = node.position?.start.offset ?? 0;
  return { start, end: node.position?.end.offset ?? start, text };
}

function replaceBody(
  parsed: ParsedSop,
  section: SopSection,
  body: RootContent[],
): TextEdit {
  const text = blocks(body);
  const first = section.nodes[0];
  const last = section.nodes.at(-1);
  const headingEnd = section.heading.position?.end.offset ?? 0;
  if (first === undefined || last === undefined)
    return { start: headingEnd, end: headingEnd, text: text && `\n\n${text}` };
  return {
    start: first.position?.start.offset ?? headingEnd,
    end: last.position?.end.offset ?? headingEnd,
    text,
  };
}

/** A missing section goes before the next known section that is there, else after the last one. */
function insertSection(
  parsed: ParsedSop,
  key: SectionName,
  body: RootContent[],
): TextEdit {
  const text = blocks([heading(2, SECTION[key]), ...body]);
  const index = SECTION_ORDER.indexOf(key);
  const present = (name: SectionName) =>
    parsed.sections.get(sectionKey(SECTION[name]));
  for (const later of SECTION_ORDER.slice(index + 1)) {
    const at = present(later)?.heading.position?.start.offset;
    if (at !== undefined) return { start: at, end: at, text: `${text}\n\n` };
  }
  const earlier = SECTION_ORDER.slice(0, index)
    .map(present)
    .filter((s) => s !== undefined)
    .at(-1);
  const at =
    earlier?.end.offset ??
    parsed.title?.position?.end.offset ??
    parsed.frontMatter.node?.position?.end.offset ??
    0;
  return { start: at, end: at, text: `\n\n${text}${at === 0 ? "\n" : ""}` };
}

/** The section's heading and body, up to the next node (or from the node before, at the end). */
function removeSection(parsed: ParsedSop, section: SopSection): TextEdit {
  const children = parsed.tree.children;
  const first = children.indexOf(section.heading);
  const last = section.nodes.length
    ? children.indexOf(section.nodes.at(-1) as RootContent)
    : first;
  const start = section.heading.position?.start.offset ?? 0;
  const following = children[last + 1]?.position?.start.offset;
  if (following !== undefined) return { start, end: following, text: "" };
  const end = section.end.offset ?? start;
  const before = children[first - 1]?.position?.end.offset;
  return { start: before ?? start, end, text: "" };
}
