import { createTerminal } from "./terminal.js";
import { messageOf } from "../../core/message-of.js";

const USAGE = `sopflow — turn a process description into a reviewed, published SOP

Usage:
  sopflow demo                          the whole workflow on a bundled example, in a throwaway git repo
  sopflow run [options]                 the whole workflow on a local git repository
  sopflow lint <files or folders>       the walkthrough's checks on SOP files [--format json]
  sopflow init [--repo path] [--force]  add the issue template, workflow and config to a repository
  sopflow catalog [--repo path] [--check]   regenerate the SOP catalog (--check: exit 1 when it is stale)
  sopflow review-due [--repo path] [--today YYYY-MM-DD] [--window days]   list the SOPs due for review

sopflow run options:
  --repo <path>                 the git repository (default: the current directory)
  --request <file.md>           the request (an issue-form body or free text); prompts on a terminal otherwise
  --answers <file>              answers to open questions, one per number ("1. …")
  --draft                       draft now; open questions show in the SOP as flagged gaps
  --request-changes "<text>"    request changes on the draft with this feedback (redraft)
  --approve                     approve the draft: publish by merging into the docs branch
  --reviewer <name>             who answers and reviews (default: git config user.name)
  --base <branch>               the docs branch (default: main, else master)
  --provider <p> --model <m> --base-url <url>   the model (default: the offline drafter)
  --verbose                     log details

Exit codes: 0 done, 1 failed, 2 waiting for input (answers or a review).`;

/** The CLI entry: dispatch only. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const terminal = createTerminal();
  try {
    switch (command) {
      // Each command loads only what it needs: `lint` on 1,000 files must not pay for the model client.
      case "run":
        return (
          await (await import("./run-command.js")).runCommand(rest, terminal)
        ).code;
      case "demo":
        return (
          await (await import("./demo-command.js")).demoCommand(rest, terminal)
        ).code;
      case "init": {
        const outcome = await (
          await import("./init-command.js")
        ).initCommand(rest);
        terminal.print(outcome.lines.join("\n"));
        return outcome.code;
      }
      case "catalog":
      case "review-due": {
        const outcome =
          command === "catalog"
            ? await (await import("./catalog-command.js")).catalogCommand(rest)
            : await (
                await import("./review-due-command.js")
              ).reviewDueCommand(rest);
        terminal.print(outcome.lines.join("\n"));
        return outcome.code;
      }
      case "lint": {
        const format = rest.includes("--format")
          ? rest[rest.indexOf("--format") + 1]
          : "text";
        const paths = rest.filter(
          (a, i) => a !== "--format" && rest[i - 1] !== "--format",
        );
        if (format !== "text" && format !== "json")
          throw new Error(
            `Unexpected --format ${format}, expected text or json`,
          );
        const { lintCommand } = await import("./lint-command.js");
        const result = await lintCommand({
          paths,
          format,
          today: new Date().toISOString().slice(0, 10),
          cwd: process.cwd(),
        });
        process.stdout.write(
          result.output.endsWith("\n") ? result.output : `${result.output}\n`,
        );
        return result.exitCode;
      }
      case undefined:
      case "help":
      case "--help":
      case "-h":
        terminal.print(USAGE);
        return command ? 0 : 1;
      default:
        terminal.print(`Unknown command "${command}".\n\n${USAGE}`);
        return 1;
    }
  } catch (error) {
    process.stderr.write(`sopflow: ${messageOf(error)}\n`);
    return 1;
  } finally {
    terminal.close();
  }
}
