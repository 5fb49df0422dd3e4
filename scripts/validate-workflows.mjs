// Validates action.yml, the workflow users copy (templates/workflow.yml) and this repository's
// own workflows with action-validator (GitHub's action and workflow schemas); given paths, those
// files instead (an action metadata file is one named action.yml or action.yaml).
//
// Its schema (0.6.0) predates two things sopflow needs: `runs.using: node24` and the `models`
// permission (for GitHub Models). A file is validated as it is first; only when that fails is it
// validated again with exactly those values set aside (node24 read as node20; a `models: read`
// or `models: none` permission left out), and it passes only when nothing else is wrong.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const validator = join(root, "node_modules", ".bin", "action-validator");
const workflowsDir = join(root, ".github", "workflows");
const given = process.argv.slice(2).map((file) => resolve(file));
const files = given.length
  ? given
  : [
      join(root, "action.yml"),
      join(root, "templates", "workflow.yml"),
      join(root, "templates", "review-workflow.yml"),
      ...(existsSync(workflowsDir)
        ? readdirSync(workflowsDir)
            .filter((f) => /\.ya?ml$/.test(f))
            .map((f) => join(workflowsDir, f))
        : []),
    ];

/** Runs the validator on one file: null when valid, else what it printed. */
function validate(file) {
  try {
    execFileSync(validator, [file], { stdio: "pipe", encoding: "utf8" });
    return null;
  } catch (error) {
    if (typeof error.status !== "number")
      throw new Error(`Could not run action-validator on ${file}`, {
        cause: error,
      });
    return `${error.stdout ?? ""}${error.stderr ?? ""}`.trim();
  }
}

/** The file without the values newer than the schema, and which of them it had; null when it had none. */
function withoutNewerValues(file) {
  const doc = parseDocument(readFileSync(file, "utf8"));
  if (doc.errors.length) return null;
  const setAside = [];
  if (basename(file).startsWith("action.")) {
    if (doc.getIn(["runs", "using"]) === "node24") {
      doc.setIn(["runs", "using"], "node20");
      setAside.push("runs.using: node24");
    }
  } else {
    const jobs =
      doc
        .get("jobs")
        ?.items?.map((pair) => ["jobs", String(pair.key), "permissions"]) ?? [];
    for (const path of [["permissions"], ...jobs]) {
      const models = doc.getIn([...path, "models"]);
      if (models === "read" || models === "none") {
        doc.deleteIn([...path, "models"]);
        setAside.push(`${path.join(".")}.models: ${models}`);
      }
    }
  }
  return setAside.length ? { text: doc.toString(), setAside } : null;
}

let failed = 0;
for (const file of files) {
  const name = relative(root, file);
  const problems = validate(file);
  if (!problems) {
    console.log(`ok      ${name}`);
    continue;
  }
  const variant = withoutNewerValues(file);
  let again = problems;
  if (variant) {
    const dir = mkdtempSync(join(tmpdir(), "sopflow-validate-"));
    try {
      const copy = join(dir, basename(file));
      writeFileSync(copy, variant.text);
      again = validate(copy);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!again) {
    console.log(
      `ok      ${name} (newer than the validator's schema, checked by sopflow's own tests: ${variant.setAside.join(", ")})`,
    );
    continue;
  }
  failed++;
  console.error(`invalid ${name}:\n${again}`);
}
if (failed) {
  console.error(`${failed} of ${files.length} file(s) failed validation.`);
  process.exitCode = 1;
} else {
  console.log(`${files.length} file(s) valid.`);
}
