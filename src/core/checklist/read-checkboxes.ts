import type { ListItem } from "mdast";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "../markdown/parse-markdown.js";
import { nodeText } from "../sop/node-text.js";

/** One task-list box of a run: what it says and whether it is ticked. */
export interface Checkbox {
  /** Its place among the body's boxes, from 0. */
  index: number;
  /** The first line of its text, e.g. "1. Write the new key to Vault." */
  label: string;
  checked: boolean;
}

const LABEL_LIMIT = 120;

/** Every task-list box of a body, in order (nested ones too), as GitHub renders them. */
export function readCheckboxes(body: string): Checkbox[] {
  const boxes: Checkbox[] = [];
  visit(parseMarkdown(body), "listItem", (item: ListItem) => {
    if (typeof item.checked !== "boolean") return;
    const first = item.children[0];
    const said = first === undefined ? "" : nodeText(first);
    const line = said.split("\n")[0]?.trim() ?? "";
    boxes.push({
      index: boxes.length,
      label:
        line.length > LABEL_LIMIT ? `${line.slice(0, LABEL_LIMIT - 1)}…` : line,
      checked: item.checked,
    });
  });
  return boxes;
}
