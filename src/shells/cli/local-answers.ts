import { readFile } from "node:fs/promises";
import { CaptureDataSchema, readData } from "../../core/workflow/task-data.js";
import { buildTaskView } from "../../core/workflow/task-view.js";
import type { LocalForge } from "../../forge/local/local-forge.js";
import type { RunArgs } from "./cli-args.js";
import type { Terminal } from "./terminal.js";
import { loadTask } from "../../core/workflow/load-task.js";

/**
 * Answer open questions: from `--answers`, at the terminal, or `--draft`
 * (draft with the questions flagged). False when nothing more can be given.
 */
export async function localAnswers(input: {
  forge: LocalForge;
  args: RunArgs;
  terminal: Terminal;
  operator: string;
}): Promise<boolean> {
  const { forge, args, terminal, operator } = input;
  const view = buildTaskView(await loadTask(forge));
  const said = new Set(
    view.humanComments.map(({ comment }) => comment.body.trim()),
  );
  if (args.answers) {
    const text = (
      await readFile(args.answers, "utf8").catch((error: unknown) => {
        throw new Error(
          `Could not read the answers file ${args.answers}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
          { cause: error },
        );
      })
    ).trim();
    if (text && !said.has(text)) {
      await forge.addComment({ author: operator, body: text });
      return true;
    }
  }
  const captureIndex = view.latest.capture?.index ?? -1;
  const drafting = view.commands.some(
    (c) => c.command.name === "draft" && c.index > captureIndex,
  );
  if (args.draft && !drafting) {
    await forge.addComment({ author: operator, body: "/sop draft" });
    return true;
  }
  if (!terminal.interactive || args.answers || args.draft) return false;
  const questions =
    readData(CaptureDataSchema, view.latest.capture)?.capture.questions ?? [];
  const lines: string[] = [];
  for (const q of questions) {
    const answer = await terminal.ask(
      `${q.id}. ${q.text}\n   your answer (empty to skip): `,
    );
    if (answer) lines.push(`${q.id}. ${answer}`);
  }
  if (lines.length) {
    await forge.addComment({ author: operator, body: lines.join("\n") });
    return true;
  }
  const anyway = await terminal.ask(
    "Draft anyway, with the open questions flagged as gaps? [y/N] ",
  );
  if (!anyway.toLowerCase().startsWith("y")) return false;
  await forge.addComment({ author: operator, body: "/sop draft" });
  return true;
}
