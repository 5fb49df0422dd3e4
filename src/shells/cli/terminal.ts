import { createInterface } from "node:readline/promises";

/** The terminal a run talks to: output always, questions only on a TTY. */
export interface Terminal {
  interactive: boolean;
  print(text: string): void;
  ask(question: string): Promise<string>;
  /** Lines until an empty line. */
  askLines(question: string): Promise<string>;
  close(): void;
}

export function createTerminal(): Terminal {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const rl = interactive
    ? createInterface({ input: process.stdin, output: process.stdout })
    : null;
  return {
    interactive,
    print: (text) => process.stdout.write(`${text}\n`),
    ask: async (question) => (rl ? (await rl.question(question)).trim() : ""),
    askLines: async (question) => {
      if (!rl) return "";
      process.stdout.write(`${question} (finish with an empty line)\n`);
      const lines: string[] = [];
      for (;;) {
        const line = await rl.question("> ");
        if (!line.trim()) return lines.join("\n");
        lines.push(line);
      }
    },
    close: () => rl?.close(),
  };
}
