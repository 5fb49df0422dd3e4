import type { Heading, List, ListItem, Paragraph, RootContent } from "mdast";
import { nodeText } from "./node-text.js";
import type { SopSection } from "./parsed-sop.js";
import type {
  EdgeCase,
  Gap,
  SopContent,
  SopRecord,
  SopStep,
} from "./sop-schema.js";
import { OPEN_QUESTION_LABEL, SECTION, sectionKey } from "./sop-sections.js";

type Sections = ReadonlyMap<string, SopSection>;

/** The SOP content as well as the body allows: what a section lacks comes back empty. */
export function readSopContent({
  title,
  sections,
}: {
  title: Heading | null;
  sections: Sections;
}): SopContent {
  const nodes = (name: string): RootContent[] =>
    sections.get(sectionKey(name))?.nodes ?? [];
  return {
    title: title === null ? "" : nodeText(title),
    purpose: proseOf(nodes(SECTION.purpose)),
    scope: proseOf(nodes(SECTION.scope)),
    trigger: proseOf(nodes(SECTION.trigger)),
    roles: itemsOf(nodes(SECTION.roles)).map(itemText),
    ...definitionsOf(nodes(SECTION.definitions)),
    prerequisites: itemsOf(nodes(SECTION.prerequisites)).map(itemText),
    ...cautionsOf(nodes(SECTION.safety)),
    steps: itemsOf(nodes(SECTION.steps)).map(stepOf),
    edgeCases: edgeCasesOf(nodes(SECTION.edgeCases)),
    ...recordsOf(nodes(SECTION.records)),
    definitionOfDone: itemsOf(nodes(SECTION.definitionOfDone)).map(itemText),
    ...referencesOf(nodes(SECTION.references)),
    gaps: gapsOf(itemsOf(nodes(SECTION.openQuestions))),
  };
}

function proseOf(nodes: RootContent[]): string {
  return nodes
    .map((node) => nodeText(node))
    .filter((text) => text !== "")
    .join("\n\n");
}

/** The items of every list in a section; paragraphs stand in for items when someone wrote no list. */
function itemsOf(nodes: RootContent[]): ListItem[] {
  const lists = nodes.filter((node): node is List => node.type === "list");
  if (lists.length > 0) return lists.flatMap((node) => node.children);
  return nodes
    .filter((node): node is Paragraph => node.type === "paragraph")
    .map((node) => ({ type: "listItem", children: [node] }));
}

/** An item's own text, without its nested lists and the cautions quoted before it. */
export function itemText(item: ListItem): string {
  return item.children
    .filter((child) => child.type !== "list" && child.type !== "blockquote")
    .map((child) => nodeText(child))
    .join("\n\n");
}

function stepOf(item: ListItem): SopStep {
  const nested = item.children.filter(
    (child): child is List => child.type === "list",
  );
  const cautions = item.children
    .filter((child) => child.type === "blockquote")
    .map((quote) => nodeText(quote).replace(/^Caution:\s*/, ""));
  return {
    action: itemText(item),
    substeps: nested.flatMap((sub) => sub.children).map(itemText),
    ...(cautions.length > 0 ? { cautions } : {}),
  };
}

/** Present only when the file has the section, so a file without it reads back as it was. */
function cautionsOf(nodes: RootContent[]): { cautions?: string[] } {
  const cautions = itemsOf(nodes).map(itemText);
  return cautions.length > 0 ? { cautions } : {};
}

/** The Records table's rows (record, where, how long); present only when the file has some. */
function recordsOf(nodes: RootContent[]): { records?: SopRecord[] } {
  const records = nodes
    .filter((node) => node.type === "table")
    .flatMap((node) => node.children.slice(1))
    .map((row) => {
      const [what, where, retention] = row.children.map((c) => nodeText(c));
      return {
        what: what ?? "",
        where: where ?? "",
        retention: retention ?? "",
      };
    });
  return records.length > 0 ? { records } : {};
}

function referencesOf(nodes: RootContent[]): { references?: string[] } {
  const references = itemsOf(nodes).map(itemText);
  return references.length > 0 ? { references } : {};
}

function definitionsOf(nodes: RootContent[]): {
  definitions?: { term: string; meaning: string }[];
} {
  const definitions = itemsOf(nodes).map((item) => {
    const lead = leadingStrong(item);
    return lead === null
      ? { term: itemText(item), meaning: "" }
      : { term: lead.label, meaning: lead.rest.replace(/^:\s?/, "") };
  });
  return definitions.length > 0 ? { definitions } : {};
}

function edgeCasesOf(nodes: RootContent[]): EdgeCase[] {
  const tableNode = nodes.find((node) => node.type === "table");
  if (tableNode !== undefined && !nodes.some((node) => node.type === "list")) {
    return tableNode.children.slice(1).map((row) => ({
      case: row.children[0] ? nodeText(row.children[0]) : "",
      action: row.children[1] ? nodeText(row.children[1]) : "",
    }));
  }
  return itemsOf(nodes).map((item) => {
    const lead = leadingStrong(item);
    if (lead !== null)
      return { case: lead.label, action: lead.rest.replace(/^:\s?/, "") };
    const text = itemText(item);
    const colon = text.indexOf(": ");
    return colon < 0
      ? { case: text, action: "" }
      : { case: text.slice(0, colon), action: text.slice(colon + 2) };
  });
}

function gapsOf(items: ListItem[]): Gap[] {
  const read = items.map((item) => {
    const lead = leadingStrong(item);
    const match =
      lead === null ? null : OPEN_QUESTION_LABEL.exec(lead.label.trim());
    if (lead === null || match === null)
      return { questionId: 0, text: itemText(item) };
    return { questionId: Number(match[1]), text: lead.rest.replace(/^ /, "") };
  });
  // Items written without a number still read as gaps, numbered after the highest known one.
  let next = Math.max(0, ...read.map((gap) => gap.questionId)) + 1;
  return read.map((gap) =>
    gap.questionId > 0 ? gap : { ...gap, questionId: next++ },
  );
}

/** Splits "**label** rest" items (edge cases, open questions) into their two parts. */
function leadingStrong(item: ListItem): { label: string; rest: string } | null {
  const first = item.children[0];
  if (first?.type !== "paragraph") return null;
  const [head, ...tail] = first.children;
  if (head?.type !== "strong") return null;
  const rest = [
    tail.map((node) => nodeText(node)).join(""),
    ...item.children.slice(1).map((node) => nodeText(node)),
  ];
  return { label: nodeText(head), rest: rest.join("\n\n") };
}
