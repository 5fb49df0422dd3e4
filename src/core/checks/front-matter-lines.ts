import type { Yaml } from "mdast";
import type { Point } from "unist";

/** The line a top-level key is written on, so a finding lands on it; the block's start when not found. */
export function keyPoint({ node, key }: { node: Yaml; key: string }): Point {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const index = node.value
    .split(/\r\n|\r|\n/)
    .findIndex(
      (line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`),
    );
  // The value starts on the line after the opening "---".
  return index < 0 ? start : { line: start.line + 1 + index, column: 1 };
}
