import { splitSentences } from "./split-sentences.js";

export interface ListItems {
  /** Top-level items; a nested item is joined to its parent with "; ". */
  items: string[];
  /** Lines that belong to no item, as one text (an empty list when there are none). */
  rest: string[];
}

// The item's text is trimmed after the match: a `\s+` before it would trade spaces with `.*`.
const ITEM = /^(\s*)(?:\d{1,3}[.)]|[-*+•]|step\s+\d{1,3}\s*[:.)-])\s(.*)$/i;
const CHECKBOX = /^\[[ x]\]\s+/i;

/**
 * Reads a field's text as a list. Without list markers, each line is an item,
 * split further into sentences when `sentences` is set (prose steps).
 */
export function listItems(
  text: string,
  options: { sentences: boolean },
): ListItems {
  const lines = text.split("\n");
  if (!lines.some((l) => ITEM.test(l)))
    return plainItems(lines, options.sentences);
  const items: string[] = [];
  const rest: string[] = [];
  let topIndent = -1;
  let blank = true;
  for (const line of lines) {
    const match = ITEM.exec(line);
    const last = items.length - 1;
    if (match !== null) {
      const indent = (match[1] ?? "").length;
      const text = (match[2] ?? "").trimStart().replace(CHECKBOX, "").trim();
      if (topIndent >= 0 && indent > topIndent && last >= 0)
        items[last] = join(items[last], text, "; ");
      else {
        topIndent = topIndent < 0 ? indent : Math.min(topIndent, indent);
        if (text !== "") items.push(text);
      }
    } else if (line.trim() === "") {
      blank = true;
      continue;
    } else if (last >= 0 && (!blank || /^\s{2,}/.test(line))) {
      items[last] = join(items[last], line.trim(), " ");
    } else {
      rest.push(line.trim());
    }
    blank = false;
  }
  return { items, rest: rest.length === 0 ? [] : [rest.join("\n")] };
}

function plainItems(lines: string[], sentences: boolean): ListItems {
  const items = lines.map((l) => l.trim()).filter((l) => l !== "");
  return { items: sentences ? items.flatMap(splitSentences) : items, rest: [] };
}

function join(
  before: string | undefined,
  text: string,
  separator: string,
): string {
  if (before === undefined || before === "") return text;
  return text === "" ? before : `${before}${separator}${text}`;
}
