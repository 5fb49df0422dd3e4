import fc from "fast-check";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { readFlatYaml } from "../../src/core/sop/flat-yaml.js";

const KEYS = [
  "id",
  "title",
  "version",
  "status",
  "review_due",
  "_x",
  "a1",
  "null",
  "True",
  "__proto__",
  "constructor",
  "key with space",
  "k",
];
const VALUES = [
  "",
  " ",
  "~",
  "null",
  "Null",
  "NULL",
  "nul",
  "true",
  "True",
  "FALSE",
  "yes",
  "on",
  '"1.0"',
  "1.0",
  "1",
  "0x1F",
  "-1",
  ".inf",
  "2026-11-20",
  "2026-13-45",
  "2026-11-20T10:00:00Z",
  "acme/ops#12",
  "a #comment",
  "a#b",
  "It's (fine), ok",
  "x@y+z",
  "Refund a customer",
  "'single'",
  "'it''s'",
  '"with \\"escape\\""',
  '"tab\\there"',
  '"ok"  ',
  "plain  ",
  "  lead",
  "[a, b]",
  "{a: 1}",
  "&anchor x",
  "*alias",
  "!tag x",
  "|",
  ">",
  "- item",
  "? q",
  "%x",
  "a: b",
  "é accent",
  "\u00a0nbsp",
  "trail\u00a0",
  "a\u2028b",
  "\u3000",
  "é",
];
const SEPARATORS = [": ", ":", ":  ", " : ", ":\t"];

/** One front-matter line: a key, a separator and a value from lists of the tricky cases, or any text. */
const line = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...KEYS),
      fc.constantFrom(...SEPARATORS),
      fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 12 })),
    )
    .map(([key, sep, value]) => `${key}${sep}${value}`),
  fc.constantFrom("# comment", "", "  nested: 1", "- list", "---", "key:\r"),
);

/** The YAML parser's answer, as read-front-matter takes it. */
function parsed(text: string): unknown {
  try {
    return { value: YAML.parse(text) as unknown };
  } catch {
    return "throws";
  }
}

describe("readFlatYaml (the YAML parser's fast path for flat front matter)", () => {
  it("gives exactly the YAML parser's mapping wherever it accepts a text", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 3 }), (lines) => {
        const text = lines.join("\n");
        const flat = readFlatYaml(text);
        if (flat === undefined) return;
        accepted++;
        expect(parsed(text)).toEqual({ value: flat });
      }),
      { numRuns: 5000 },
    );
    // The cases above must exercise the fast path, not only the fallback.
    expect(accepted).toBeGreaterThan(50);
  });

  it("reads the front matter sopflow writes", () => {
    const text =
      'id: refund\ntitle: Refund a customer\nversion: "1.0"\nstatus: draft\nsource_issue: acme/support#12\nlast_validated: 2026-11-20\napproval: null';
    expect(readFlatYaml(text)).toEqual(YAML.parse(text));
    expect(readFlatYaml(text)).toBeDefined();
  });

  it("leaves nested mappings, comments and numbers to the YAML parser", () => {
    for (const text of [
      "approval:\n  by: mona",
      "# c\nid: x",
      "version: 1.0",
      "a: 1\na: 2",
    ])
      expect(readFlatYaml(text)).toBeUndefined();
  });
});
