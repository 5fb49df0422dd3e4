import { didYouMean } from "./did-you-mean.js";
import { createTerminal } from "./terminal.js";
import { messageOf } from "../../core/message-of.js";
import { USAGE } from "./usage-text.js";
import { UsageError } from "./usage-error.js";

const COMMANDS = [
  "demo",
  "run",
  "revise",
  "status",
  "lint",
  "init",
  "catalog",
  "review-due",
  "checklist",
  "export",
  "help",
];

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
      case "revise":
        return (
          await (
            await import("./revise-command.js")
          ).reviseCommand(rest, terminal)
        ).code;
      case "demo":
        return (
          await (await import("./demo-command.js")).demoCommand(rest, terminal)
        ).code;
      case "status": {
        const outcome = await (
          await import("./status-command.js")
        ).statusCommand(rest);
        terminal.print(outcome.lines.join("\n"));
        return outcome.code;
      }
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
      case "checklist":
      case "export": {
        const outcome =
          command === "checklist"
            ? await (
                await import("./checklist-command.js")
              ).checklistCommand(rest)
            : await (await import("./export-command.js")).exportCommand(rest);
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
        if (paths.length === 0)
          throw new UsageError(
            "lint needs the SOP files or folders to check, e.g. `sopflow lint docs/sops`",
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
      default: {
        const near = didYouMean(command, COMMANDS);
        terminal.print(
          `Unknown command "${command}"${near ? `: did you mean "${near}"?` : "."}\n\n${USAGE}`,
        );
        return 1;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`sopflow ${command}: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`sopflow: ${messageOf(error)}\n`);
    return 1;
  } finally {
    terminal.close();
  }
}
