import { describe, expect, it } from "vitest";
import {
  recordMentions,
  referenceMentions,
} from "../../src/core/capture/free-text/record-mentions.js";

describe("recordMentions", () => {
  it("names the logs, registers, forms and reports a request mentions, each once", () => {
    expect(
      recordMentions([
        "count the CDs against the CD register and both sign the register",
        "(Dave always forgets this one) the med fridge temp log - check the fridge",
        "send the supplier the discrepancy report, then file the CMR",
        "Note the CD register number.",
      ]),
    ).toEqual(["CD register", "med fridge temp log", "discrepancy report"]);
  });

  it("keeps no bare noun and no verb use", () => {
    expect(
      recordMentions(["Log in to Epic", "sign the sheet", "form a queue"]),
    ).toEqual([]);
  });
});

describe("referenceMentions", () => {
  it("names the documents a request relies on", () => {
    expect(
      referenceMentions([
        "follow the infection control policy and the Worcester boiler manual",
      ]),
    ).toEqual(["infection control policy", "Worcester boiler manual"]);
  });
});
