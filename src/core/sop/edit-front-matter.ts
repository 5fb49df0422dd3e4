import type { Yaml } from "mdast";
import YAML, { isMap, isScalar } from "yaml";
import type { FrontMatter } from "./sop-schema.js";
import { frontMatterRecord, yamlText } from "./sop-nodes.js";
import type { TextEdit } from "./text-edits.js";
import { toFrontMatter } from "./to-front-matter.js";

/**
 * Edits that make the front matter read as `next`, key by key: keys whose
 * value is unchanged keep their bytes (comments, quoting and unknown keys
 * included). Front matter that is missing or not a mapping is written anew.
 */
export function editFrontMatter({
  source,
  node,
  data,
  next,
}: {
  source: string;
  node: Yaml | null;
  data: Record<string, unknown> | null;
  next: FrontMatter;
}): TextEdit[] {
  const wanted = frontMatterRecord(next);
  const fresh = `---\n${yamlText(wanted)}\n---`;
  const have = frontMatterRecord(toFrontMatter(data));
  const changed = Object.keys(wanted).filter(
    (key) => JSON.stringify(have[key]) !== JSON.stringify(wanted[key]),
  );
  if (changed.length === 0) return [];
  if (node === null) return [{ start: 0, end: 0, text: `${fresh}\n\n` }];
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const inner = source.indexOf("\n", start) + 1;
  const document = YAML.parseDocument(node.value);
  if (
    data === null ||
    inner === 0 ||
    source.slice(inner, inner + node.value.length) !== node.value ||
    !isMap(document.contents)
  )
    return [{ start, end, text: fresh }];
  const pairs = document.contents.items;
  const edits: TextEdit[] = [];
  const appended: string[] = [];
  for (const key of changed) {
    const line = yamlText({ [key]: wanted[key] });
    const pair = pairs.find(
      (item) => isScalar(item.key) && String(item.key.value) === key,
    );
    const keyRange = isScalar(pair?.key) ? pair.key.range : undefined;
    if (!keyRange) {
      appended.push(line);
      continue;
    }
    const value = pair?.value as { range?: [number, number, number] } | null;
    const to = value?.range?.[1] ?? keyRange[1];
    const old = node.value.slice(keyRange[0], to);
    // A block value's range runs to the next key's line: keep that newline.
    const text = old.endsWith("\n") ? `${line}\n` : line;
    edits.push({ start: inner + keyRange[0], end: inner + to, text });
  }
  if (appended.length > 0) {
    const at = inner + node.value.length;
    edits.push({
      start: at,
      end: at,
      text: `${node.value === "" ? "" : "\n"}${appended.join("\n")}`,
    });
  }
  return edits;
}
