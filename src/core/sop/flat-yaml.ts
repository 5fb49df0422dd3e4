const LINE = /^([a-z_]\w*):(.*)$/i;
const PLAIN = /^[a-z][\w ./#(),'@+-]*$/i;
const QUOTED = /^(?:"[^"\\\p{Cc}\p{Cs}\uFEFF]*"|'[^'\p{Cc}\p{Cs}\uFEFF]*')$/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NULLS = new Set(["", "~", "null", "Null", "NULL"]);
const BOOLEANS = new Map([
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false],
]);

/**
 * The mapping of YAML front matter written the way SOPs write it, one
 * `key: scalar` per line, read without a YAML parser; undefined for anything
 * else (nesting, comments, numbers, escapes, duplicate keys…), which the YAML
 * parser then reads. Linting many files spends a good part of its time in
 * that parser; where this accepts a text it gives exactly the parser's result.
 */
export function readFlatYaml(
  text: string,
): Record<string, unknown> | undefined {
  if (text === "" || text.includes("\r") || text.includes("\t"))
    return undefined;
  const data: Record<string, unknown> = {};
  for (const line of text.split("\n")) {
    const match = LINE.exec(line);
    const key = match?.[1];
    const rest = match?.[2];
    if (key === undefined || rest === undefined) return undefined;
    if (
      key === "__proto__" ||
      BOOLEANS.has(key) ||
      NULLS.has(key) ||
      Object.hasOwn(data, key)
    )
      return undefined;
    if (rest !== "" && !rest.startsWith(" ")) return undefined;
    const value = scalar(trimSpaces(rest));
    if (value === undefined) return undefined;
    data[key] = value;
  }
  return data;
}

function scalar(raw: string): string | boolean | null | undefined {
  if (NULLS.has(raw)) return null;
  const boolean = BOOLEANS.get(raw);
  if (boolean !== undefined) return boolean;
  if (QUOTED.test(raw)) return raw.slice(1, -1);
  if (DATE.test(raw)) return raw;
  // " #" starts a comment; a plain scalar ending in a space was trimmed above.
  return PLAIN.test(raw) && !raw.includes(" #") ? raw : undefined;
}

/** Spaces only: YAML keeps other whitespace (U+00A0…) as part of the value. */
function trimSpaces(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value[start] === " ") start++;
  while (end > start && value[end - 1] === " ") end--;
  return value.slice(start, end);
}
