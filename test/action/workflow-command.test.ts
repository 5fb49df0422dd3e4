import { describe, expect, it } from "vitest";
import {
  escapeData,
  workflowCommand,
} from "../../src/shells/action/workflow-command.js";

describe("workflow commands", () => {
  it("escape %, CR and LF so a message stays one command line, % first", () => {
    expect(escapeData("50% done\r\nnext %0A")).toBe(
      "50%25 done%0D%0Anext %250A",
    );
    expect(
      workflowCommand("error", "The capture step failed:\nGitHub said 403"),
    ).toBe("::error::The capture step failed:%0AGitHub said 403");
  });

  it("leave other text, colons and double colons included, as it is", () => {
    expect(workflowCommand("warning", "a::b: c")).toBe("::warning::a::b: c");
  });
});
