import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createTerminal } from "../../src/shells/cli/terminal.js";

function terminalOn() {
  const input = new PassThrough();
  const output = new PassThrough();
  const printed: string[] = [];
  output.on("data", (chunk: Buffer) => printed.push(chunk.toString()));
  const terminal = createTerminal({ input, output, interactive: true });
  return { input, terminal, printed };
}

describe("the interactive terminal", () => {
  it("keeps every line of a multi-line paste into a one-line prompt", async () => {
    const { input, terminal } = terminalOn();
    const answer = terminal.ask("Purpose: ");
    input.write(
      "Close the books on time.\nAnd tell finance when it is done.\n",
    );
    expect(await answer).toBe(
      "Close the books on time.\nAnd tell finance when it is done.",
    );
    const next = terminal.ask("Trigger: ");
    input.write("The first working day\n");
    expect(await next).toBe("The first working day");
    terminal.close();
  });

  it("reads a pasted block with blank lines in it until an empty line typed on its own", async () => {
    const { input, terminal } = terminalOn();
    const steps = terminal.askLines("Steps:");
    input.write("1. Export the ledger\n\n2. Check the totals\n");
    await new Promise((resolve) => setTimeout(resolve, 100));
    input.write("3. Send the report\n");
    await new Promise((resolve) => setTimeout(resolve, 100));
    input.write("\n");
    expect(await steps).toBe(
      "1. Export the ledger\n\n2. Check the totals\n3. Send the report",
    );
    terminal.close();
  });
});
