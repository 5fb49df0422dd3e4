// Stand-in for `sopflow lint` while the built CLI (lib/) is absent: same lintCommand, run through tsx.
import { lintCommand } from "../src/shells/cli/lint-command.js";

const result = await lintCommand({
  paths: process.argv.slice(2),
  format: "text",
  today: "2026-11-26",
  cwd: process.cwd(),
});
process.stdout.write(`${result.output}\n`);
process.exitCode = result.exitCode;
