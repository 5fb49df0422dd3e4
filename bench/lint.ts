// Times `sopflow lint` against markdownlint-cli2 on the same 1,000 SOP files; the budget is a ratio of at most 0.8.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { markdownProcessor } from "../src/core/sop/markdown-processor.js";
import { parseSimpleMarkdown } from "../src/core/sop/simple-markdown.js";
import { lintCorpusFile } from "./lint-corpus.js";

const FILES = 1000;
/** sopflow lint may take at most this share of markdownlint-cli2's time. */
const BUDGET = 0.8;
const REPETITIONS = 5;
const repo = fileURLToPath(new URL("..", import.meta.url));

/**
 * sopflow reads files in the shape it writes SOPs in line by line instead of
 * with the full Markdown parser: timing that is fair only while both give the
 * same tree, so every corpus file is checked first.
 */
function assertFastPathExact(files: number): void {
  for (let index = 0; index < files; index++) {
    const markdown = lintCorpusFile(index);
    const fast = parseSimpleMarkdown(markdown);
    if (
      fast !== null &&
      JSON.stringify(fast) !== JSON.stringify(markdownProcessor.parse(markdown))
    )
      throw new Error(
        `Unexpected tree of corpus file ${index} from the line-by-line reader, expected the full parser's`,
      );
  }
}

/** Wall-clock ms of one run; both linters exit 1 when they find something, anything else means the run broke. */
function time({ command, cwd }: { command: string[]; cwd: string }): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, command, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0 && run.status !== 1)
    throw new Error(
      `${command.join(" ")} exited ${run.status}: ${run.stderr.toString()}`,
    );
  return ms;
}

/**
 * The command that runs `sopflow lint` as users do: bin/sopflow.js over lib/
 * built from the current sources (the same `tsc -p tsconfig.build.json`) into
 * the temp folder, so a stale lib/ is never timed and the repository is left
 * alone. Only if that build fails does it fall back to tsx on bench/lint-entry.ts.
 */
function sopflowCommand(folder: string): { command: string[]; label: string } {
  const built = path.join(folder, "built");
  const tsc = path.join(repo, "node_modules/typescript/bin/tsc");
  spawnSync(
    process.execPath,
    [
      tsc,
      "-p",
      path.join(repo, "tsconfig.build.json"),
      "--outDir",
      path.join(built, "lib"),
    ],
    { cwd: repo },
  );
  if (existsSync(path.join(built, "lib/shells/cli/main.js"))) {
    mkdirSync(path.join(built, "bin"));
    copyFileSync(
      path.join(repo, "bin/sopflow.js"),
      path.join(built, "bin/sopflow.js"),
    );
    copyFileSync(
      path.join(repo, "package.json"),
      path.join(built, "package.json"),
    );
    symlinkSync(
      path.join(repo, "node_modules"),
      path.join(built, "node_modules"),
      "junction",
    );
    return {
      command: [path.join(built, "bin/sopflow.js"), "lint"],
      label: "node bin/sopflow.js lint, lib/ freshly built",
    };
  }
  const tsx = path.join(repo, "node_modules/tsx/dist/cli.mjs");
  return {
    command: [tsx, path.join(repo, "bench/lint-entry.ts")],
    label: "tsx bench/lint-entry.ts: lib/ could not be built",
  };
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const folder = mkdtempSync(path.join(tmpdir(), "sopflow-bench-"));
try {
  const docs = path.join(folder, "docs");
  mkdirSync(docs);
  for (let i = 0; i < FILES; i++)
    writeFileSync(path.join(docs, `sop-${i}.md`), lintCorpusFile(i));
  assertFastPathExact(FILES);
  const sopflow = sopflowCommand(folder);
  const markdownlint = [
    path.join(repo, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs"),
    "docs/**/*.md",
  ];
  const times = { sopflow: [] as number[], markdownlint: [] as number[] };
  for (let round = 0; round < REPETITIONS; round++) {
    times.sopflow.push(
      time({ command: [...sopflow.command, docs], cwd: repo }),
    );
    times.markdownlint.push(time({ command: markdownlint, cwd: folder }));
  }
  const [ours, theirs] = [median(times.sopflow), median(times.markdownlint)];
  const ratio = ours / theirs;
  const row = (name: string, values: number[]): string =>
    `| ${name.padEnd(18)} | ${[median(values), Math.min(...values), Math.max(...values)].map((ms) => ms.toFixed(0).padStart(9)).join(" | ")} |`;
  console.log(
    `${FILES} SOP files, ${REPETITIONS} alternating runs (${sopflow.label})`,
  );
  console.log("| tool               | median ms |    min ms |    max ms |");
  console.log("| ------------------ | --------- | --------- | --------- |");
  console.log(row("sopflow lint", times.sopflow));
  console.log(row("markdownlint-cli2", times.markdownlint));
  console.log(
    `ratio sopflow/markdownlint: ${ratio.toFixed(2)} (budget ${BUDGET})`,
  );
  process.exitCode = ratio > BUDGET ? 1 : 0;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
