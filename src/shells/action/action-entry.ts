import { runAction } from "./run-action.js";

// The bundle's entry (dist/index.js): everything else lives in the runner.
process.exitCode = await runAction();
