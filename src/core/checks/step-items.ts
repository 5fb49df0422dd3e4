import type { List, ListItem, Node } from "mdast";
import type { ParsedSop } from "../sop/parsed-sop.js";
import { itemText } from "../sop/read-sop-content.js";
import { SECTION, sectionKey } from "../sop/sop-sections.js";

/** Sub-steps nested deeper are not checked one by one: no procedure nests further, and it bounds the recursion. */
const MAX_DEPTH = 8;

export interface StepItem {
  /** "step 3" or "step 3.2". */
  label: string;
  text: string;
  /** Where the step's text starts (its first block), for precise positions. */
  at: Node;
}

/** Three rules walk the steps of the same file: they share one walk. */
const walked = new WeakMap<ParsedSop, StepItem[]>();

/** Every step and sub-step of the Steps section, in document order. */
export function stepItems(parsed: ParsedSop): StepItem[] {
  let items = walked.get(parsed);
  if (items === undefined) {
    items = collectSteps(parsed);
    walked.set(parsed, items);
  }
  return items;
}

function collectSteps(parsed: ParsedSop): StepItem[] {
  const lists = (
    parsed.sections.get(sectionKey(SECTION.steps))?.nodes ?? []
  ).filter((node): node is List => node.type === "list");
  return lists
    .flatMap((list) => list.children)
    .flatMap((item, index) =>
      itemsOf({ item, label: `step ${index + 1}`, depth: 1 }),
    );
}

function itemsOf({
  item,
  label,
  depth,
}: {
  item: ListItem;
  label: string;
  depth: number;
}): StepItem[] {
  const own: StepItem = {
    label,
    text: itemText(item),
    at: item.children[0] ?? item,
  };
  if (depth >= MAX_DEPTH) return [own];
  const nested = item.children
    .filter((child): child is List => child.type === "list")
    .flatMap((list) => list.children)
    .flatMap((sub, index) =>
      itemsOf({ item: sub, label: `${label}.${index + 1}`, depth: depth + 1 }),
    );
  return [own, ...nested];
}
