import { createInterface } from "node:readline";

/** The terminal a run talks to: output always, questions only on a TTY. */
export interface Terminal {
  interactive: boolean;
  print(text: string): void;
  /** One answer; lines pasted together come back together, joined by newlines. */
  ask(question: string): Promise<string>;
  /** Lines until an empty line typed on its own (empty lines inside a paste are kept). */
  askLines(question: string): Promise<string>;
  close(): void;
}

/** Lines that arrive within this many milliseconds of each other are one paste. */
const PASTE_GAP_MS = 30;

export function createTerminal(
  io: {
    input?: NodeJS.ReadableStream;
    output?: NodeJS.WritableStream;
    interactive?: boolean;
  } = {},
): Terminal {
  const input = io.input ?? process.stdin;
  const output = io.output ?? process.stdout;
  const interactive =
    io.interactive ?? Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const lines = interactive ? lineQueue(input, output) : null;
  return {
    interactive,
    print: (text) => void output.write(`${text}\n`),
    ask: async (question) => {
      if (!lines) return "";
      output.write(question);
      return (await lines.burst()).join("\n").trim();
    },
    askLines: async (question) => {
      if (!lines) return "";
      output.write(`${question} (finish with an empty line)\n`);
      const taken: string[] = [];
      for (;;) {
        output.write("> ");
        const burst = await lines.burst();
        if (burst.every((line) => line.trim() === "")) break;
        taken.push(...burst);
      }
      return taken.join("\n").trim();
    },
    close: () => lines?.close(),
  };
}

/**
 * The input's lines, taken a burst at a time: readline's question() hands
 * back one line and drops or misroutes the rest of a multi-line paste.
 */
function lineQueue(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
) {
  const rl = createInterface({ input, output, terminal: false });
  const queue: string[] = [];
  let closed = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  rl.on("line", (line) => {
    queue.push(line);
    notify();
  });
  rl.on("close", () => {
    closed = true;
    notify();
  });
  const arrival = (ms: number | null) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      if (ms !== null) setTimeout(notify, ms);
    });
  return {
    async burst(): Promise<string[]> {
      while (queue.length === 0 && !closed) await arrival(null);
      // Whatever else arrives right after the first line belongs to the same paste.
      for (let count = -1; count !== queue.length && !closed;) {
        count = queue.length;
        await arrival(PASTE_GAP_MS);
      }
      return queue.splice(0, queue.length);
    },
    close: () => rl.close(),
  };
}
