import { describe, expect, it } from "vitest";
import { parseRunCommand } from "../../src/core/checklist/run-commands.js";

describe("run commands", () => {
  it("reads /sop run and /sop wrong on the first non-empty line, at column 0", () => {
    expect(parseRunCommand("\n/sop run swap-forklift-battery\nthanks")).toEqual(
      { kind: "run", sop: "swap-forklift-battery" },
    );
    expect(parseRunCommand("/sop run")).toEqual({ kind: "run", sop: "" });
    expect(
      parseRunCommand("/sop wrong 3. The hoist jams.\nTake the pin out first."),
    ).toEqual({
      kind: "wrong",
      step: "3",
      text: "The hoist jams.\nTake the pin out first.",
    });
  });

  it("leaves everything else to the conversation", () => {
    expect(parseRunCommand("Step 3 was wrong")).toBeNull();
    expect(parseRunCommand("  /sop wrong 3 indented is code")).toBeNull();
    expect(parseRunCommand("/sop wrong")).toBeNull();
    expect(parseRunCommand("/sop status")).toBeNull();
    expect(parseRunCommand("/sopwrong 3 x")).toBeNull();
    expect(parseRunCommand("thanks\n/sop wrong 3 later line")).toBeNull();
  });
});
