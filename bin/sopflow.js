#!/usr/bin/env node
import { main } from "../lib/shells/cli/main.js";

process.on("SIGINT", () => {
  process.stderr.write(
    "\nInterrupted. Nothing is lost: rerun the same command to resume the task from its notes.\n",
  );
  process.exit(130);
});
process.exitCode = await main(process.argv.slice(2));
