import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/core/workflow/parse-command.js";

// Break 9 (commands): an indented `/sop cancel`, or one with a no-break space, was taken for a command.
// A command is the first non-empty line of a comment, starting with `/sop ` at column 0.

describe("what counts as a /sop command", () => {
  it("an indented line is quoted text (a Markdown code block), not a command", () => {
    for (const body of [
      "    /sop cancel",
      "  /sop cancel",
      " /sop retry",
      "\t/sop cancel",
      "\n\n    /sop cancel\n",
    ])
      expect(parseCommand(body)).toBeNull();
  });

  it("`/sop` followed by anything but an ASCII space is not a command", () => {
    for (const space of [
      "\u00a0",
      "\u2003",
      "\u3000",
      "\u200b",
      "\t",
      "\u2028",
    ])
      expect(parseCommand(`/sop${space}cancel`)).toBeNull();
    expect(parseCommand("/sopcancel")).toBeNull();
    expect(parseCommand("/sopx cancel")).toBeNull();
  });

  it("a line starting with `/sop ` at column 0 is one, whatever the line endings", () => {
    expect(parseCommand("/sop cancel")).toEqual({ name: "cancel" });
    expect(parseCommand("/sop cancel\r\n")).toEqual({ name: "cancel" });
    expect(parseCommand("\r\n\r\n/SOP Retry\r\nplease")).toEqual({
      name: "retry",
    });
    expect(parseCommand("/sop draft now, the rest is known")).toEqual({
      name: "draft",
    });
    expect(parseCommand("/sop  status")).toEqual({ name: "status" });
    expect(parseCommand("/sop frobnicate")).toEqual({
      name: "unknown",
      given: "frobnicate",
    });
    expect(parseCommand("/sop")).toEqual({ name: "unknown", given: "" });
  });
});
