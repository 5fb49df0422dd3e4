// Runs the reliability and security harnesses and prints one table (issue 6, point 7): the full
// lifecycle crashed before and after every GitHub write, every GitHub fault scenario, the
// authorisation matrix, 10,000 fuzz cases and the authority scenarios (cross-repository
// publishing, forged notes, answers and commands from people without standing). Exit 1 unless
// nothing is duplicated, nobody unauthorised publishes, nothing throws uncaught, every crash point
// and fault scenario is survived, and at least 10,000 fuzz cases ran. No network, no key:
// everything runs against the GitHub double.
import { performance } from "node:perf_hooks";
import { runCrashPoints } from "../test/faults/harness/run-crash-points.js";
import { runGitHubFaults } from "../test/faults/harness/run-github-faults.js";
import {
  MAX_RATIO,
  worstCaptureGrowth,
} from "../test/security/harness/adversarial-growth.js";
import { runAuthMatrix } from "../test/security/harness/run-auth-matrix.js";
import { runFuzz } from "../test/security/harness/run-fuzz.js";
import { runAuthorityBreaks } from "../test/security/harness/run-authority-breaks.js";

const FUZZ_RUNS = 10_000;
const FUZZ_SEED = 20_250_106;

let uncaught = 0;
const count = (kind: string) => (error: unknown) => {
  uncaught += 1;
  console.error(`${kind}:`, error);
};
process.on("uncaughtException", count("uncaught exception"));
process.on("unhandledRejection", count("unhandled rejection"));

const started = performance.now();
const timed = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
  const at = performance.now();
  const result = await run();
  console.error(`${what}: ${((performance.now() - at) / 1000).toFixed(1)} s`);
  return result;
};

const crash = await timed("crash points", () => runCrashPoints());
const faults = await timed("GitHub faults", () => runGitHubFaults());
const auth = await timed("authorisation matrix", () => runAuthMatrix());
const fuzz = await timed(`fuzz (${FUZZ_RUNS} cases, seed ${FUZZ_SEED})`, () =>
  runFuzz({ runs: FUZZ_RUNS, seed: FUZZ_SEED }),
);
uncaught += fuzz.uncaught;
const authority = await timed("authority scenarios", () =>
  runAuthorityBreaks(),
);

const duplicates = crash.duplicates + faults.duplicates;
const rows: [string, string, boolean][] = [
  [
    "Crash points tested (before and after every write)",
    String(crash.points),
    crash.points > 0,
  ],
  [
    "Crash points survived",
    `${crash.survived} / ${crash.points}`,
    crash.survived === crash.points,
  ],
  [
    "GitHub fault scenarios tested",
    String(faults.scenarios),
    faults.scenarios > 0,
  ],
  [
    "GitHub fault scenarios survived",
    `${faults.survived} / ${faults.scenarios}`,
    faults.survived === faults.scenarios,
  ],
  [
    "Authorisation cells checked",
    String(auth.cells),
    auth.failures.length === 0,
  ],
  ["Fuzz cases run", String(fuzz.runs), fuzz.runs >= FUZZ_RUNS],
  ["Duplicates found", String(duplicates), duplicates === 0],
  [
    "Unauthorised publishes",
    String(auth.unauthorisedPublishes),
    auth.unauthorisedPublishes === 0,
  ],
  ["Uncaught exceptions", String(uncaught), uncaught === 0],
  [
    "Writes outside the docs folder (fuzz)",
    String(fuzz.outsideDocs),
    fuzz.outsideDocs === 0,
  ],
  [
    "Forged notes trusted (fuzz)",
    String(fuzz.forgedTrusted),
    fuzz.forgedTrusted === 0,
  ],
  [
    "Comments or labels over GitHub's limits (fuzz)",
    String(fuzz.oversize),
    fuzz.oversize === 0,
  ],
  // Authority rules (who may write where, approve, answer and spend), from the scenarios of a hostile review.
  [
    "Cross-repository publishes",
    String(authority.crossRepoPublishes),
    authority.crossRepoPublishes === 0,
  ],
  [
    "Forged-note effects",
    String(authority.forgedNoteEffects),
    authority.forgedNoteEffects === 0,
  ],
  [
    "Unauthorised answers or commands acted on",
    String(authority.unauthorisedActedOn),
    authority.unauthorisedActedOn === 0,
  ],
  // End of the authority rows.
];

// Capture on adversarial whitespace: 64 KiB against 8 KiB of runs of every kind `\s` matches, in
// every capture parser. Linear work grows about 8 times, a quadratic one about 64.
const growth = await timed("capture growth on adversarial whitespace", () =>
  worstCaptureGrowth(),
);
console.error(`worst capture growth: ${growth.where}`);
rows.push([
  "Worst-case growth ratio of capture on adversarial whitespace (64 KiB / 8 KiB)",
  growth.ratio.toFixed(1),
  growth.ratio < MAX_RATIO,
]);

const width = Math.max(...rows.map(([label]) => label.length));
console.log(`| ${"Figure".padEnd(width)} | Value       |`);
console.log(`| ${"-".repeat(width)} | ----------- |`);
for (const [label, value, ok] of rows)
  console.log(
    `| ${label.padEnd(width)} | ${`${value}${ok ? "" : "  ✗"}`.padEnd(11)} |`,
  );
console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s in all.`);

const failures = [
  ...crash.failures,
  ...faults.failures,
  ...auth.failures,
  ...fuzz.failures,
];
if (failures.length > 0)
  console.log(`\nWhat failed:\n${failures.map((f) => `- ${f}`).join("\n")}`);
process.exit(rows.every(([, , ok]) => ok) && failures.length === 0 ? 0 : 1);
