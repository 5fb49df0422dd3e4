// Writes the generated docs (rules, config schema, template, README table); `--check` fails when a committed one is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rules } from "../src/core/checks/rules/index.js";
import {
  CONFIG_SCHEMA_PATH,
  renderConfigDoc,
  renderConfigSchemaFile,
  renderConfigTemplate,
  withConfigTable,
} from "./config-docs.js";
import { renderRulesDoc } from "./rules-doc.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const read = (file: string): string => readFileSync(`${repo}${file}`, "utf8");

const TARGETS: Record<
  string,
  Record<string, () => string | Promise<string>>
> = {
  rules: { "docs/rules.md": () => renderRulesDoc(rules) },
  config: {
    [CONFIG_SCHEMA_PATH]: renderConfigSchemaFile,
    "templates/sopflow.yml": renderConfigTemplate,
    "docs/config.md": renderConfigDoc,
    "README.md": () => withConfigTable(read("README.md")),
  },
};

const check = process.argv.includes("--check");
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const files = Object.entries(TARGETS)
  .filter(([group]) => only.length === 0 || only.includes(group))
  .flatMap(([, targets]) => Object.entries(targets));
const stale: string[] = [];
for (const [file, render] of files) {
  const wanted = await render();
  let current = "";
  try {
    current = read(file);
  } catch {
    // A missing file is stale.
  }
  if (current === wanted) continue;
  stale.push(file);
  if (!check) writeFileSync(`${repo}${file}`, wanted);
}
if (check && stale.length > 0) {
  console.error(
    `Stale generated files: ${stale.join(", ")}. Run npm run docs:rules and npm run docs:config.`,
  );
  process.exitCode = 1;
} else {
  console.log(
    stale.length ? `Wrote ${stale.join(", ")}` : "Generated files are current",
  );
}
