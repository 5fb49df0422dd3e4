// Prints the REST requests a full lifecycle takes on the GitHub double (one round of
// questions, no redraft), what a redraft round adds, and what revising the published SOP
// takes. Budgets: at most 23 for the lifecycle (20 before the catalog travelled in the
// pull request: reading it, listing the SOP runs it shows and writing its row cost 3), at
// most 11 per redraft round (8 + the same 3), a revision at most the lifecycle's. Exit 1
// when over.
import {
  createHarness,
  exampleAnswers,
  MAINTAINER,
  OPERATOR,
} from "../test/app/app-harness.js";
import { STATE_LABELS } from "../src/core/workflow/state-labels.js";
import {
  handoverRequest,
  lineOf,
  PULL,
  SOP_PATH,
  TASK,
} from "../test/app/lifecycle-events.js";
import {
  reviewScanDouble,
  runScan,
} from "../test/forge-github/review-scan-repo.js";

import { readFileSync } from "node:fs";

const verbose = process.argv.includes("--verbose");

async function lifecycle(input: { redraft: boolean; labelsExist: boolean }) {
  const { redraft } = input;
  const harness = await createHarness({ config: "docs_folder: docs/sops\n" });
  const d = harness.double;
  // A repository that has had a task before holds the state labels with their colours already.
  if (input.labelsExist) {
    for (const style of Object.values(STATE_LABELS))
      d.repo.labels.set(style.name.toLowerCase(), {
        id: d.world.nextId(),
        name: style.name,
        color: style.color,
        description: style.description,
      });
  }
  const events = [
    () =>
      d.openIssue({ ...handoverRequest(), author: OPERATOR, labels: ["sop"] }),
    () => d.comment({ issue: TASK, author: OPERATOR, body: exampleAnswers() }),
    ...(redraft
      ? [
          () =>
            d.submitReview({
              pull: PULL,
              author: MAINTAINER,
              state: "changes_requested",
              body: "One step is missing.",
              comments: [
                {
                  path: SOP_PATH,
                  line: lineOf(d, "2. "),
                  body: "Add step after 2: Send the welcome email from the shared inbox",
                },
              ],
            }),
        ]
      : []),
    () => d.submitReview({ pull: PULL, author: MAINTAINER, state: "approved" }),
  ];
  for (const event of events) {
    const before = d.calls.length;
    await harness.deliver(event());
    if (verbose)
      for (const c of d.calls.slice(before))
        console.log(`    ${c.method} ${c.route} → ${c.status}`);
  }
  if (d.violations.length)
    throw new Error(`Unexpected OpenAPI violations: ${d.violations.length}`);
  if (d.issue(TASK)?.state !== "closed")
    throw new Error("Unexpected lifecycle that did not publish");
  return harness.costs;
}

/** An edit of the request while the draft awaits approval: capture again, merge into the draft, walk it. */
async function requestEditRound(): Promise<number> {
  const harness = await createHarness({ config: "docs_folder: docs/sops\n" });
  const d = harness.double;
  await harness.deliver(
    d.openIssue({ ...handoverRequest(), author: OPERATOR, labels: ["sop"] }),
  );
  await harness.deliver(
    d.comment({ issue: TASK, author: OPERATOR, body: exampleAnswers() }),
  );
  const body = d.issue(TASK)?.body ?? "";
  const edited = body.replace(
    "with its status and next action",
    "with its status, owner and next action",
  );
  if (edited === body)
    throw new Error("Unexpected request without the step to edit");
  const requests = await harness.deliver(
    d.editIssue({ issue: TASK, author: OPERATOR, body: edited }),
  );
  if (d.violations.length)
    throw new Error(`Unexpected OpenAPI violations: ${d.violations.length}`);
  return requests;
}

const LIFECYCLE_BUDGET = 23;
const REDRAFT_BUDGET = 11;

/** After the plain lifecycle: `/sop revise` on the published task, then the approval that publishes the revision. */
async function revision() {
  const harness = await createHarness({ config: "docs_folder: docs/sops\n" });
  const d = harness.double;
  for (const style of Object.values(STATE_LABELS))
    d.repo.labels.set(style.name.toLowerCase(), {
      id: d.world.nextId(),
      name: style.name,
      color: style.color,
      description: style.description,
    });
  await harness.deliver(
    d.openIssue({ ...handoverRequest(), author: OPERATOR, labels: ["sop"] }),
  );
  await harness.deliver(
    d.comment({ issue: TASK, author: OPERATOR, body: exampleAnswers() }),
  );
  await harness.deliver(
    d.submitReview({ pull: PULL, author: MAINTAINER, state: "approved" }),
  );
  const from = harness.costs.length;
  const events = [
    () =>
      d.comment({
        issue: TASK,
        author: OPERATOR,
        body: "/sop revise Replace step 2: List every open incident from Opsgenie with its owner and next action",
      }),
    () =>
      d.submitReview({ pull: PULL + 1, author: MAINTAINER, state: "approved" }),
  ];
  for (const event of events) {
    const before = d.calls.length;
    await harness.deliver(event());
    if (verbose)
      for (const c of d.calls.slice(before))
        console.log(`    ${c.method} ${c.route} → ${c.status}`);
  }
  if (d.violations.length)
    throw new Error(`Unexpected OpenAPI violations: ${d.violations.length}`);
  if (d.issue(PULL + 1)?.pull?.merged !== true)
    throw new Error("Unexpected revision that did not publish");
  return harness.costs.slice(from);
}

const first = await lifecycle({ redraft: false, labelsExist: false });
const plain = await lifecycle({ redraft: false, labelsExist: true });
const withRedraft = await lifecycle({ redraft: true, labelsExist: true });
const sum = (costs: { requests: number; writes: number }[]) =>
  costs.reduce(
    (n, c) => ({
      requests: n.requests + c.requests,
      writes: n.writes + c.writes,
    }),
    { requests: 0, writes: 0 },
  );
const redraftRound = withRedraft.find(
  (c) => c.event === "pull_request_review.submitted",
) ?? { requests: 0, writes: 0 };

console.log(
  "REST requests per event, full lifecycle (one round of questions, no redraft), state labels already in the repository:",
);
for (const c of plain)
  console.log(
    `  ${c.event.padEnd(32)} ${String(c.requests).padStart(3)} requests (${c.writes} writes)`,
  );
const total = sum(plain);
console.log(
  `  ${"total".padEnd(32)} ${String(total.requests).padStart(3)} requests (${total.writes} writes)   budget ≤ ${LIFECYCLE_BUDGET} requests`,
);
console.log(
  `First task in a repository (labels styled once): ${sum(first).requests} requests (${sum(first).writes} writes)`,
);
const perProcess = plain.reduce((n, c) => n + c.perProcess, 0);
console.log(
  `Once per App process, not per task: ${perProcess} request (GET /app, the app's own login; none with SOPFLOW_BOT_LOGIN or in the Action)`,
);
console.log(
  `Redraft round (changes requested → redraft → walkthrough): ${redraftRound.requests} requests (${redraftRound.writes} writes)   budget ≤ ${REDRAFT_BUDGET} requests`,
);

const editRound = await requestEditRound();
console.log(
  `Request edit round (issue edited → capture → merge into the draft → walkthrough): ${editRound} requests   budget ≤ ${REDRAFT_BUDGET} requests`,
);

const revised = await revision();
const revisedTotal = sum(revised);
console.log("Revision of the published SOP (/sop revise, then approval):");
for (const c of revised)
  console.log(
    `  ${c.event.padEnd(32)} ${String(c.requests).padStart(3)} requests (${c.writes} writes)`,
  );
console.log(
  `  ${"total".padEnd(32)} ${String(revisedTotal.requests).padStart(3)} requests (${revisedTotal.writes} writes)   budget ≤ ${LIFECYCLE_BUDGET} requests (the first publish's)`,
);

// The scheduled review scan: 500 SOPs, 4 of them due, once with the catalog and once without.
const SCAN_BUDGET = 10;
const scanDouble = reviewScanDouble({ count: 500, withCatalog: true });
const firstScan = await runScan(scanDouble);
const firstScanRequests = scanDouble.calls.length;
await runScan(scanDouble);
const rerunRequests = scanDouble.calls.length - firstScanRequests;
const bare = reviewScanDouble({ count: 500, withCatalog: false });
await runScan(bare);
if (scanDouble.violations.length + bare.violations.length > 0)
  throw new Error("Unexpected OpenAPI violations in the review scan");
console.log(
  `Scheduled review scan, 500 SOPs with a catalog, ${firstScan.due} due: ${firstScanRequests} requests (${firstScan.opened.length} issues opened), rerun ${rerunRequests} requests   budget ≤ ${SCAN_BUDGET} requests`,
);
console.log(
  `  the same without a catalog (each SOP file read once): ${bare.calls.length} requests`,
);
// A run of an SOP: started with `/sop run`, then one box ticked per edit until the run completes.
const RUN_BUDGET = { start: 8, tick: 2, complete: 4 };
const runSop = readFileSync(
  new URL(
    "../test/fixtures/run-sops/swap-forklift-battery.md",
    import.meta.url,
  ),
  "utf8",
);
const runs = await createHarness({
  double: {
    repo: {
      files: {
        "README.md": "# docs\n",
        "docs/sops/swap-forklift-battery.md": runSop,
      },
    },
  },
});
await runs.deliver(
  runs.double.openIssue({ title: "Checks", author: OPERATOR, body: "Weekly." }),
);
const runStart = await runs.deliver(
  runs.double.comment({
    issue: 1,
    author: MAINTAINER,
    body: "/sop run swap-forklift-battery",
  }),
);
const boxes = (runs.double.issue(2)?.body ?? "").split("- [ ]").length - 1;
const ticks: number[] = [];
for (let n = 1; n <= boxes; n++) {
  let seen = 0;
  const body = (runs.double.issue(2)?.body ?? "").replace(/- \[ \]/g, (box) =>
    ++seen === 1 ? "- [x]" : box,
  );
  ticks.push(
    await runs.deliver(
      runs.double.editIssue({ issue: 2, author: OPERATOR, body }),
    ),
  );
}
const runComplete = ticks.pop() ?? 0;
const tickMax = Math.max(...ticks);
if (
  runs.double.violations.length > 0 ||
  runs.double.issue(2)?.state !== "closed"
)
  throw new Error(
    "Unexpected run on the double: OpenAPI violations or not closed",
  );
console.log(
  `Run of an SOP (${boxes} boxes): start ${runStart} requests, each tick ≤ ${tickMax}, the last tick (record, completion note, close) ${runComplete}; ${runStart + ticks.reduce((a, b) => a + b, 0) + runComplete} in all   budget start ≤ ${RUN_BUDGET.start}, tick ≤ ${RUN_BUDGET.tick}, completion ≤ ${RUN_BUDGET.complete}`,
);
process.exitCode =
  total.requests <= LIFECYCLE_BUDGET &&
  redraftRound.requests <= REDRAFT_BUDGET &&
  editRound <= REDRAFT_BUDGET &&
  revisedTotal.requests <= LIFECYCLE_BUDGET &&
  firstScanRequests <= SCAN_BUDGET &&
  runStart <= RUN_BUDGET.start &&
  tickMax <= RUN_BUDGET.tick &&
  runComplete <= RUN_BUDGET.complete
    ? 0
    : 1;
