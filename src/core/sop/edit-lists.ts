import type { List, ListItem } from "mdast";
import { markdownProcessor } from "./markdown-processor.js";
import { matchSequence } from "./match-sequence.js";
import type { TextEdit } from "./text-edits.js";

interface Entry {
  /** The source item this entry continues, or null for a new one. */
  from: number | null;
  /** Unchanged: its source bytes are kept. */
  same: boolean;
  node: ListItem;
}

/**
 * Edits that turn the items of `lists` (read as `before`) into `after`:
 * unchanged items keep their bytes, changed ones are written in the list's
 * own marker style in their place, new ones join the list of the item
 * before them, and ordered lists are renumbered where the count shifts.
 */
export function editLists<T>(params: {
  source: string;
  lists: List[];
  before: T[];
  after: T[];
  keyOf: (value: T) => string;
  render: (value: T) => ListItem;
}): TextEdit[] {
  const { source, lists } = params;
  const owners = lists.flatMap((list, index) => list.children.map(() => index));
  const items = lists.flatMap((list) => list.children);
  const matches = matchSequence(
    params.before.map(params.keyOf),
    params.after.map(params.keyOf),
  );
  const perList: Entry[][] = lists.map(() => []);
  let owner = 0;
  matches.forEach(({ from, same }, k) => {
    if (from !== null) owner = owners[from] ?? owner;
    const value = params.after[k] as T;
    perList[owner]?.push({ from, same, node: params.render(value) });
  });
  return lists.flatMap((list, index) => {
    const text = listText({
      source,
      list,
      entries: perList[index] ?? [],
      items,
    });
    const start = list.position?.start.offset ?? 0;
    const end = list.position?.end.offset ?? start;
    return text === source.slice(start, end) ? [] : [{ start, end, text }];
  });
}

function listText({
  source,
  list,
  entries,
  items,
}: {
  source: string;
  list: List;
  entries: Entry[];
  items: ListItem[];
}): string {
  const style = listStyle(source, list);
  const slice = (item: ListItem | undefined): [number, number] => [
    item?.position?.start.offset ?? 0,
    item?.position?.end.offset ?? 0,
  ];
  const parts: string[] = [];
  entries.forEach((entry, k) => {
    const number = style.numbers ? style.numbers(k) : null;
    if (k > 0) {
      const previous = entries[k - 1]?.from;
      const adjacent =
        previous != null &&
        entry.from === previous + 1 &&
        list.children.includes(items[entry.from] as ListItem);
      parts.push(
        adjacent
          ? source.slice(
              slice(items[previous])[1],
              slice(items[entry.from ?? 0])[0],
            )
          : style.separator,
      );
    }
    if (entry.same && entry.from !== null) {
      const [start, end] = slice(items[entry.from]);
      const kept = source.slice(start, end);
      parts.push(number === null ? kept : kept.replace(/^\d+/, String(number)));
    } else parts.push(itemText({ node: entry.node, style, number }));
  });
  return parts.join("");
}

interface ListStyle {
  ordered: boolean;
  marker: string;
  indent: string;
  separator: string;
  numbers: ((index: number) => number) | null;
}

/** How the list is written: marker, indentation, what stands between items, how it counts. */
function listStyle(source: string, list: List): ListStyle {
  const first = list.children[0];
  const second = list.children[1];
  const start = first?.position?.start.offset ?? 0;
  const column = first?.position?.start.column ?? 1;
  const indent = " ".repeat(Math.max(0, column - 1));
  const head = source.slice(start, start + 12);
  const ordered = list.ordered === true;
  const marker = ordered
    ? (/^\d+([.)])/.exec(head)?.[1] ?? ".")
    : (/^[-*+]/.exec(head)?.[0] ?? "-");
  const separator =
    first && second
      ? source.slice(first.position?.end.offset, second.position?.start.offset)
      : `${list.spread ? "\n\n" : "\n"}${indent}`;
  const counted = list.children.map((item) =>
    Number(
      /^\d+/.exec(source.slice(item.position?.start.offset ?? 0))?.[0] ?? 1,
    ),
  );
  const base = list.start ?? 1;
  const same = counted.length > 1 && counted.every((n) => n === counted[0]);
  return {
    ordered,
    marker,
    indent,
    separator,
    numbers: ordered ? (k) => (same ? base : base + k) : null,
  };
}

function itemText({
  node,
  style,
  number,
}: {
  node: ListItem;
  style: ListStyle;
  number: number | null;
}): string {
  const markdown = markdownProcessor
    .stringify({
      type: "root",
      children: [
        {
          type: "list",
          ordered: style.ordered,
          spread: false,
          ...(style.ordered ? { start: number ?? 1 } : {}),
          children: [node],
        },
      ],
    })
    .trimEnd();
  const marked = style.ordered
    ? markdown.replace(/^(\d+)[.)]/, `$1${style.marker}`)
    : markdown.replace(/^[-*+]/, style.marker);
  return marked
    .split("\n")
    .map((line, i) => (i === 0 || line === "" ? line : style.indent + line))
    .join("\n");
}
