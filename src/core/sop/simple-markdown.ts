import type {
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from "mdast";

type Point = { line: number; column: number; offset: number };
/** A table cell: its text and columns (1-based) of the cell, from its pipe, and of the text. */
type Cell = { text: string; start: number; end: number; textStart: number };

/** Characters that may start Markdown syntax inside a line (besides `*`, handled below), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are among what it looks for
const SYNTAX = /[\\`_[\]<>&!|~\0-\x1F\x7F\uFEFF]/;
/** Characters the parser replaces or expands before it reads (NUL, tab, CR, BOM). */
const REWRITTEN = /[\0\t\r\uFEFF]/;
const HEADING = /^(#{1,6}) ([^ #](?:.*[^#])?)$/;
const ALPHANUMERIC = /[a-z0-9]/i;
const ITEM = /^(?:(-)|([1-9]\d{0,2})\.) (.*)$/;
const DELIMITER = /^:?-+:?$/;

/**
 * The mdast of a document written in the plain shape sopflow writes SOPs in
 * (front matter; ATX headings, one-line paragraphs, tight `-` and `1.`
 * lists and pipe tables, each followed by a blank line; text with at most
 * `**strong**` in it), built line by line: exactly the tree the full parser
 * builds, at a fraction of its cost, which linting many files pays for each
 * file. Null for anything else, which the full parser then reads.
 */
export function parseSimpleMarkdown(markdown: string): Root | null {
  if (markdown === "" || REWRITTEN.test(markdown)) return null;
  const lines = markdown.split("\n");
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    if (line.endsWith(" ")) return null;
    starts.push(offset);
    offset += line.length + 1;
  }
  const at = (index: number, column: number): Point => ({
    line: index + 1,
    column,
    offset: (starts[index] as number) + column - 1,
  });
  const lineEnd = (index: number): Point =>
    at(index, (lines[index] as string).length + 1);
  const children: RootContent[] = [];
  let index = 0;
  if (lines[0] === "---") {
    const close = lines.indexOf("---", 1);
    if (close < 2) return null;
    children.push({
      type: "yaml",
      value: lines.slice(1, close).join("\n"),
      position: { start: at(0, 1), end: lineEnd(close) },
    });
    index = close + 1;
    if (index < lines.length && lines[index] !== "") return null;
  }
  while (index < lines.length) {
    const line = lines[index] as string;
    if (line === "") {
      index++;
      continue;
    }
    let block: { node: RootContent; next: number } | null;
    const first = line[0] as string;
    if (first === "#") block = heading(index);
    else if (first === "|") block = table(index);
    else if (first === "-" || (first >= "1" && first <= "9"))
      // After a list and a blank line, an item may belong to that list, which is then loose.
      block = children.at(-1)?.type === "list" ? null : list(index, 0);
    else if (startsText(line)) {
      const text = inline(line, at(index, 1));
      block = text && {
        node: {
          type: "paragraph",
          children: text,
          position: { start: at(index, 1), end: lineEnd(index) },
        } satisfies Paragraph,
        next: index + 1,
      };
    } else block = null;
    // Each block ends at a blank line, so no lazy line, setext underline or list continuation follows it.
    if (block === null || (lines[block.next] ?? "") !== "") return null;
    children.push(block.node);
    index = block.next;
  }
  return {
    type: "root",
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: lineEnd(lines.length - 1),
    },
  };

  function heading(index: number): { node: RootContent; next: number } | null {
    const match = HEADING.exec(lines[index] as string);
    if (match === null) return null;
    const depth = (match[1] as string).length as 1 | 2 | 3 | 4 | 5 | 6;
    const text = inline(match[2] as string, at(index, depth + 2));
    return (
      text && {
        node: {
          type: "heading",
          depth,
          children: text,
          position: { start: at(index, 1), end: lineEnd(index) },
        },
        next: index + 1,
      }
    );
  }

  /** A tight list whose items start at `indent`: one line each, then maybe a nested list. */
  function list(
    start: number,
    indent: number,
  ): { node: List; next: number } | null {
    const items: ListItem[] = [];
    let ordered: boolean | undefined;
    let first: number | null = null;
    let index = start;
    while (index < lines.length) {
      const line = lines[index] as string;
      const match =
        indentOf(line) === indent ? ITEM.exec(line.slice(indent)) : null;
      if (match === null) break;
      const isOrdered = match[2] !== undefined;
      if (ordered !== undefined && isOrdered !== ordered) return null;
      ordered = isOrdered;
      first ??= isOrdered ? Number(match[2]) : null;
      const content = match[3] as string;
      const column = line.length - content.length + 1;
      const text = startsText(content)
        ? inline(content, at(index, column))
        : null;
      if (text === null) return null;
      const item: ListItem = {
        type: "listItem",
        spread: false,
        checked: null,
        children: [
          {
            type: "paragraph",
            children: text,
            position: { start: at(index, column), end: lineEnd(index) },
          },
        ],
        position: { start: at(index, indent + 1), end: lineEnd(index) },
      };
      index++;
      const below = lines[index] ?? "";
      if (below !== "" && indentOf(below) > indent) {
        // Nested exactly at the item's content; an ordered list must start at 1 to interrupt the paragraph.
        const nested = list(index, column - 1);
        if (nested === null) return null;
        if (nested.node.ordered && nested.node.start !== 1) return null;
        item.children.push(nested.node);
        item.position = {
          start: at(index - 1, indent + 1),
          end: nested.node.position?.end as Point,
        };
        index = nested.next;
      }
      items.push(item);
    }
    const last = items.at(-1);
    if (last === undefined) return null;
    return {
      node: {
        type: "list",
        ordered: ordered ?? false,
        start: first,
        spread: false,
        children: items,
        position: {
          start: at(start, indent + 1),
          end: last.position?.end as Point,
        },
      },
      next: index,
    };
  }

  function table(start: number): { node: RootContent; next: number } | null {
    const head = cells(start);
    const delimiter = cells(start + 1);
    if (head === null || delimiter?.length !== head.length) return null;
    if (!delimiter.every((cell) => DELIMITER.test(cell.text))) return null;
    const rows = [row(start, head)];
    let index = start + 2;
    for (; (lines[index] ?? "") !== ""; index++) {
      const body = cells(index);
      rows.push(body?.length === head.length ? row(index, body) : null);
    }
    if (rows.includes(null)) return null;
    return {
      node: {
        type: "table",
        align: delimiter.map(({ text }) =>
          text.startsWith(":")
            ? text.endsWith(":")
              ? "center"
              : "left"
            : text.endsWith(":")
              ? "right"
              : null,
        ),
        children: rows as TableRow[],
        position: { start: at(start, 1), end: lineEnd(index - 1) },
      } satisfies Table,
      next: index,
    };
  }

  /** The cells of a `| a | b |` line: each from its pipe to the next (the last to the line's end), text between spaces. */
  function cells(index: number): Cell[] | null {
    const line = lines[index] ?? "";
    if (line.length < 5 || !line.startsWith("| ") || !line.endsWith(" |"))
      return null;
    const found: Cell[] = [];
    for (let pipe = 0; pipe < line.length - 1;) {
      const next = line.indexOf("|", pipe + 1);
      let from = pipe + 1;
      let to = next;
      while (line[from] === " ") from++;
      while (to > from && line[to - 1] === " ") to--;
      if (from === pipe + 1 || to === next || to === from) return null;
      found.push({
        text: line.slice(from, to),
        start: pipe + 1,
        end: next === line.length - 1 ? line.length + 1 : next + 1,
        textStart: from + 1,
      });
      pipe = next;
    }
    return found;
  }

  function row(index: number, found: Cell[]): TableRow | null {
    const children: TableCell[] = [];
    for (const cell of found) {
      const text = inline(cell.text, at(index, cell.textStart));
      if (text === null) return null;
      children.push({
        type: "tableCell",
        children: text,
        position: { start: at(index, cell.start), end: at(index, cell.end) },
      });
    }
    return {
      type: "tableRow",
      children,
      position: { start: at(index, 1), end: lineEnd(index) },
    };
  }

  /** Plain text and `**strong**` spans whose delimiters can only open or only close; null for anything else. */
  function inline(text: string, start: Point): PhrasingContent[] | null {
    if (SYNTAX.test(text)) return null;
    const point = (i: number): Point => ({
      line: start.line,
      column: start.column + i,
      offset: start.offset + i,
    });
    const nodes: PhrasingContent[] = [];
    const plain = (from: number, to: number): void => {
      if (to > from)
        nodes.push({
          type: "text",
          value: text.slice(from, to),
          position: { start: point(from), end: point(to) },
        });
    };
    let done = 0;
    for (let open = text.indexOf("*"); open !== -1;) {
      const close = text.indexOf("*", open + 2);
      const ok =
        text[open + 1] === "*" &&
        (open === 0 || text[open - 1] === " ") &&
        ALPHANUMERIC.test(text[open + 2] ?? "") &&
        close !== -1 &&
        text[close + 1] === "*" &&
        closes(text[close - 1] ?? "", text[close + 2] ?? "");
      if (!ok) return null;
      plain(done, open);
      const inner: PhrasingContent[] = [];
      nodes.push({
        type: "strong",
        children: inner,
        position: { start: point(open), end: point(close + 2) },
      });
      inner.push({
        type: "text",
        value: text.slice(open + 2, close),
        position: { start: point(open + 2), end: point(close) },
      });
      done = close + 2;
      open = text.indexOf("*", done);
    }
    plain(done, text.length);
    return nodes;
  }
}

/**
 * Whether `**` between these characters can close and not open: after a
 * letter or digit and before a space, punctuation or the end; after
 * punctuation only before a space or the end.
 */
function closes(before: string, after: string): boolean {
  return ALPHANUMERIC.test(before)
    ? /^[ :.,;]?$/.test(after)
    : /^[.:)?]$/.test(before) && /^ ?$/.test(after);
}

function indentOf(line: string): number {
  let count = 0;
  while (line[count] === " ") count++;
  return count;
}

/** Text that cannot start a block of its own: a letter, a digit not followed by a list marker, or `**`. */
function startsText(text: string): boolean {
  return (
    /^[a-z]/i.test(text) ||
    /^\d(?!\d*[.)])/.test(text) ||
    /^\*\*[a-z0-9]/i.test(text)
  );
}
