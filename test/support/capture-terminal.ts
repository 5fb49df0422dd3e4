import type { Terminal } from "../../src/shells/cli/terminal.js";

/** A non-interactive terminal that keeps what was printed. */
export function captureTerminal(): Terminal & { output: () => string } {
  const lines: string[] = [];
  return {
    interactive: false,
    print: (text) => void lines.push(text),
    ask: async () => "",
    askLines: async () => "",
    close: () => undefined,
    output: () => lines.join("\n"),
  };
}
