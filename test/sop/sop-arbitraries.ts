import fc from "fast-check";
import type { SopFile } from "../../src/core/sop/sop-schema.js";

/** Characters that mean something in Markdown, mixed with letters and non-ASCII text. */
const CHARS = [..."abcXYZ019 *_`#[]()<>!&|\\-+.:;~=\"'{}$%^@?/é漢😀"].filter(
  (c) => c !== " ",
);

/** Plain-prototype records, so a round-tripped value can be compared strictly. */
function record<T>(model: {
  [K in keyof T]: fc.Arbitrary<T[K]>;
}): fc.Arbitrary<T> {
  return fc.record(model, { noNullPrototype: true });
}

const word = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 8 })
  .map((chars) => chars.join(""));

/** A trimmed single-line text: words separated by single spaces, as content strings are written. */
export const line = fc
  .array(word, { minLength: 1, maxLength: 6 })
  .map((words) => words.join(" "));

const prose = fc
  .array(line, { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join("\n\n"));
const lines = (max: number) => fc.array(line, { maxLength: max });

export const sopFileArbitrary: fc.Arbitrary<SopFile> = record({
  frontMatter: record({
    id: fc.string(),
    title: fc.string(),
    version: fc.string(),
    status: fc.constantFrom(
      "draft" as const,
      "in-review" as const,
      "approved" as const,
      "published" as const,
    ),
    owner: fc.string(),
    trigger: fc.string(),
    source_issue: fc.string(),
    last_validated: fc.string(),
    review_due: fc.string(),
    approval: fc.option(
      record({
        by: fc.string(),
        at: fc.string(),
        link: fc.option(fc.string(), { nil: null }),
      }),
      { nil: null },
    ),
  }),
  content: fc
    .tuple(
      record({
        title: line,
        purpose: prose,
        scope: prose,
        trigger: prose,
        roles: lines(4),
        prerequisites: lines(4),
        steps: fc.array(record({ action: line, substeps: lines(3) }), {
          maxLength: 5,
        }),
        edgeCases: fc.array(record({ case: line, action: line }), {
          maxLength: 3,
        }),
        definitionOfDone: lines(3),
        gaps: fc.array(
          record({ questionId: fc.integer({ min: 1, max: 999 }), text: line }),
          { maxLength: 3 },
        ),
      }),
      // Records and References are left out when empty, so they read back absent, not [].
      fc.array(record({ what: line, where: line, retention: line }), {
        maxLength: 2,
      }),
      lines(2),
    )
    .map(([content, records, references]) => ({
      ...content,
      ...(records.length > 0 ? { records } : {}),
      ...(references.length > 0 ? { references } : {}),
    })),
  revisions: fc.array(
    record({ version: line, date: line, author: line, change: line }),
    { maxLength: 3 },
  ),
});
