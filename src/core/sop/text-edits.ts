/** Replace the source between two offsets with new text; start === end inserts. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The source with every edit made; edits must not overlap (insertions at one offset keep their order). */
export function applyTextEdits(source: string, edits: TextEdit[]): string {
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort(
      (a, b) =>
        a.edit.start - b.edit.start ||
        a.edit.end - b.edit.end ||
        a.order - b.order,
    )
    .map(({ edit }) => edit);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at)
      throw new Error(
        `Unexpected overlapping edits at offset ${edit.start}, expected disjoint ranges`,
      );
    parts.push(source.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(source.slice(at));
  return parts.join("");
}
