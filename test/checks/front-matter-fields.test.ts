import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frontMatterProblem } from "../../src/core/checks/front-matter-problem.js";
import {
  FRONT_MATTER_KEYS,
  SOP_STATUSES,
} from "../../src/core/sop/front-matter-fields.js";
import {
  ApprovalSchema,
  FrontMatterSchema,
} from "../../src/core/sop/sop-schema.js";

describe("front matter fields as plain data (read by lint without the schema library)", () => {
  it("are the schema's keys and statuses", () => {
    expect(FRONT_MATTER_KEYS).toEqual(Object.keys(FrontMatterSchema.shape));
    expect(SOP_STATUSES).toEqual(FrontMatterSchema.shape.status.options);
  });

  it("judge an approval as the schema does, with someone named in by", () => {
    const part = fc.oneof(
      fc.string({ maxLength: 3 }),
      fc.constantFrom(null, undefined, 1, true, [], {}),
    );
    const approval = fc.oneof(
      fc.record(
        { by: part, at: part, link: part, extra: part },
        { requiredKeys: [] },
      ),
      fc.constantFrom(null, "mona", 1, [], [{ by: "a", at: "b", link: null }]),
    );
    fc.assert(
      fc.property(approval, (value) => {
        const schema =
          value === null ||
          (ApprovalSchema.safeParse(value).success &&
            typeof (value as { by: unknown }).by === "string" &&
            (value as { by: string }).by.trim() !== "");
        expect(frontMatterProblem({ key: "approval", value }) === null).toBe(
          schema,
        );
      }),
      { numRuns: 2000 },
    );
  });
});
