import { describe, expect, it } from "vitest";
import { runExample } from "../../src/core/checks/rule-example.js";
import { rules } from "../../src/core/checks/rules/index.js";

/** Each rule's documented examples are its tests: one test per example, as docs/rules.md shows them. */
describe.each(rules.map((rule) => [rule.id, rule] as const))(
  "%s",
  (_, rule) => {
    it("documents itself: description, rationale, an ok and a not-ok example", () => {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description).not.toBe("");
      expect(rule.rationale).not.toBe("");
      expect(rule.ok.length).toBeGreaterThan(0);
      expect(rule.notOk.length).toBeGreaterThan(0);
    });

    for (const example of rule.ok)
      it(`ok: ${example.name}`, () => {
        expect(example.messages).toBeUndefined();
        expect(runExample({ rule, example })).toEqual([]);
      });

    for (const example of rule.notOk)
      it(`not ok: ${example.name}`, () => {
        expect(example.messages?.length).toBeGreaterThan(0);
        for (const message of example.messages ?? [])
          expect(message).toMatch(/^\d+:\d+: Unexpected .+, expected /);
        expect(runExample({ rule, example })).toEqual(example.messages);
      });
  },
);
