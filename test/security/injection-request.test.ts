import { describe, expect, it } from "vitest";
import { loadInjectionCorpus } from "./harness/injection-case.js";
import { injectionSuite } from "./harness/injection-suite.js";

const REQUEST_SLOTS = ["title", "body", "step"];

describe("the injection corpus", () => {
  it("holds at least 20 distinct cases, each run by at least one model", () => {
    const corpus = loadInjectionCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
    expect(
      corpus.filter((c) => c.models.includes("openai")).length,
    ).toBeGreaterThanOrEqual(5);
  });
});

injectionSuite(
  "hostile requests, offline drafter",
  (entry, model) => model === "offline" && REQUEST_SLOTS.includes(entry.slot),
);
