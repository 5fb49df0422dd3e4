import { readFile } from "node:fs/promises";
import { REVISE_FORM_FIELDS } from "../../core/revise/revise-form.js";
import { runCommand, type RunOutcome } from "./run-command.js";
import type { Terminal } from "./terminal.js";

export const REVISE_USAGE = `sopflow revise <path or id> [--change "<what changed and why>" | --request <file>] [sopflow run options]

Revises a published SOP on the local repository: the task starts from the
published file, the draft branch holds exactly the change (walked through,
then --approve publishes it with the next version and a revision-history row).`;

/**
 * `sopflow revise`: a "Revise an SOP" request made from the command line,
 * then the same local run as `sopflow run` (walkthrough, review, publish).
 */
export async function reviseCommand(
  argv: string[],
  terminal: Terminal,
  now: () => string = () => new Date().toISOString(),
): Promise<RunOutcome> {
  const { target, change, file, rest } = splitArgs(argv);
  if (argv.includes("--help") || argv.includes("-h") || !target) {
    terminal.print(
      target ? REVISE_USAGE : `sopflow revise: name the SOP.\n${REVISE_USAGE}`,
    );
    return { code: target ? 0 : 1, publishedPath: null };
  }
  const text =
    change ??
    (file !== undefined
      ? await readFile(file, "utf8")
      : terminal.interactive
        ? await terminal.askLines(
            "What changed, and why? (e.g. Replace step 2: …; an empty line ends)",
          )
        : "");
  if (text.trim() === "") {
    terminal.print(
      `sopflow revise: say what changed, with --change "<text>" or --request <file>.\n${REVISE_USAGE}`,
    );
    return { code: 1, publishedPath: null };
  }
  return runCommand(rest, terminal, now, {
    title: `Revise SOP: ${target}`,
    body: `### ${REVISE_FORM_FIELDS.sop}\n\n${target}\n\n### ${REVISE_FORM_FIELDS.change}\n\n${text.trim()}\n`,
    command: "revise",
  });
}

/** The SOP (the first word that is no option), --change and --request; every other argument goes to the run. */
function splitArgs(argv: string[]): {
  target: string | undefined;
  change: string | undefined;
  file: string | undefined;
  rest: string[];
} {
  const rest: string[] = [];
  let target: string | undefined;
  let change: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--change") change = argv[++i];
    else if (arg === "--request") file = argv[++i];
    else if (arg.startsWith("--change=")) change = arg.slice(9);
    else if (arg.startsWith("--")) {
      rest.push(arg);
      // Options that take a value carry it along.
      if (VALUED.has(arg) && i + 1 < argv.length) rest.push(argv[++i] ?? "");
    } else if (target === undefined && arg !== "-h") target = arg;
    else rest.push(arg);
  }
  return { target, change, file, rest };
}

const VALUED = new Set([
  "--repo",
  "--task",
  "--answers",
  "--request-changes",
  "--reviewer",
  "--base",
  "--provider",
  "--model",
  "--base-url",
]);
