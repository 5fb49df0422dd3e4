// Every temporary folder a test makes (its own, a spawned CLI's, the Action
// bundle's) lands under one folder per run, removed when the run ends, so
// no test can leave folders behind in the machine's temp directory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "sopflow-tests-"));
  // Workers and the processes they spawn inherit this and os.tmpdir() reads it.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
