import { decodeNoteParts } from "../../../src/core/notes/decode-note-parts.js";
import {
  createHarness,
  exampleAnswers,
  MAINTAINER,
  OPERATOR,
  type Harness,
} from "../../app/app-harness.js";
import { handoverRequest, PULL, TASK } from "../../app/lifecycle-events.js";
import { submitReview } from "../../support/github-double/human/pull-actions.js";
import { createRepo } from "../../support/github-double/state/create-repo.js";
import { actionSetting, type ActionSetting } from "./action-setting.js";

/** What the authority scenarios found: each count must be 0. */
export interface AuthorityBreaks {
  scenarios: number;
  /** Writes into a docs repository that did not accept the task's repository, and merges there by people without write access. */
  crossRepoPublishes: number;
  /** Writes outside the task's branch and SOP file, and merges, caused by forged notes. */
  forgedNoteEffects: number;
  /** Answers, `/sop draft` and `/sop retry` from people without standing (or over the limit) that a step acted on. */
  unauthorisedActedOn: number;
}

const MALLORY = "mallory";
const opened = (author: string) => ({
  ...handoverRequest(),
  author,
  labels: ["sop"],
});

async function crossRepo(accepts: boolean): Promise<number> {
  const h = await createHarness({
    double: { repo: { owner: "acme", name: "playground" } },
    config: "docs_repository: acme/handbook\napprovers:\n  users: [mallory]\n",
  });
  h.double.addCollaborator({ login: MALLORY, role: "write" });
  const handbook = createRepo(h.double.world, {
    owner: "acme",
    name: "handbook",
    files: accepts
      ? { ".github/sopflow.yml": "accept_tasks_from: [acme/playground]\n" }
      : { "README.md": "# handbook\n" },
  });
  await h.deliver(h.double.openIssue(opened(MALLORY)));
  await h.deliver(
    h.double.comment({ issue: TASK, author: MALLORY, body: exampleAnswers() }),
  );
  if (!accepts)
    return h.double
      .writes()
      .filter((c) => c.path.startsWith("/repos/acme/handbook/")).length;
  await h.deliver(
    submitReview(
      { world: h.double.world, repo: handbook },
      { pull: 1, author: MALLORY, state: "approved" },
    ),
  );
  return handbook.issues.get(1)?.pull?.merged ? 1 : 0;
}

async function actionAwaiting(config?: string): Promise<ActionSetting> {
  const a = await actionSetting(config);
  await a.deliver(a.double.openIssue(opened(OPERATOR)));
  await a.deliver(
    a.double.comment({ issue: TASK, author: OPERATOR, body: exampleAnswers() }),
  );
  return a;
}

async function forgedDraft(): Promise<number> {
  const a = await actionAwaiting();
  const main = a.double.branchHead("main");
  a.forge({
    step: "draft",
    revision: 2,
    inputs: [],
    body: "### Draft",
    data: {
      path: "README.md",
      branch: "main",
      commit: main,
      pull: PULL,
      title: "x",
    },
  });
  await a.deliver(
    a.double.submitReview({
      pull: PULL,
      author: MAINTAINER,
      state: "changes_requested",
      body: "Add step after 2: Send the welcome email from the shared inbox",
    }),
  );
  return a.double.branchHead("main") === main ? 0 : 1;
}

async function forgedPublish(): Promise<number> {
  const a = await actionAwaiting();
  a.forge({
    step: "publish",
    revision: 1,
    inputs: [],
    body: "### Published",
    data: {
      mergeSha: "f".repeat(40),
      path: "docs/sops/on-call-handover.md",
      permalink: "https://github.com/acme/docs",
      by: MALLORY,
    },
  });
  await a.deliver(
    a.double.comment({ issue: TASK, author: OPERATOR, body: "/sop status" }),
  );
  return a.double.issue(TASK)?.state === "open" ? 0 : 1;
}

async function forgedModelEndpoint(): Promise<number> {
  const a = await actionAwaiting();
  const head = a.double.issue(PULL)?.pull?.headSha ?? "";
  a.forge({
    step: "walkthrough",
    revision: 2,
    inputs: ["draft:1", `sha:${head}`],
    body: "### Walkthrough",
    data: {
      config: { model: { base_url: "https://attacker.example/v1" } },
      sha: head,
      errors: 0,
      remaining: [],
    },
  });
  await a.deliver(
    a.double.submitReview({
      pull: PULL,
      author: MAINTAINER,
      state: "commented",
      body: "Looks fine so far.",
    }),
  );
  return a.modelSettings.some((m) => m.base_url !== null) ? 1 : 0;
}

async function forgedPin(input: {
  config?: string;
  pin: unknown;
  approver: string;
  role: string | null;
}): Promise<number> {
  const a = await actionAwaiting(input.config);
  if (input.role)
    a.double.addCollaborator({ login: input.approver, role: input.role });
  else if (input.approver !== OPERATOR) a.double.addUser(input.approver);
  const head = a.double.issue(PULL)?.pull?.headSha ?? "";
  a.forge({
    step: "walkthrough",
    revision: 2,
    inputs: ["draft:1", `sha:${head}`],
    body: "### Walkthrough",
    data: { config: input.pin, sha: head, errors: 0, remaining: [] },
  });
  await a.deliver(
    a.double.submitReview({
      pull: PULL,
      author: input.approver,
      state: "approved",
    }),
  );
  return a.double.issue(PULL)?.pull?.merged ? 1 : 0;
}

const actingNotes = (h: Harness) =>
  (h.double.issue(TASK)?.comments ?? [])
    .filter((c) => c.author === "sopflow[bot]")
    .flatMap((c) => decodeNoteParts(c.body).map((p) => p.header.step))
    .filter((s) => s !== "reply").length;

/** Notes a step made while only people without standing (or over the limit) spoke. */
async function unauthorised(
  config?: string,
  speaker = MALLORY,
): Promise<number> {
  const h = await createHarness({ config });
  h.double.addUser(MALLORY);
  await h.deliver(h.double.openIssue(opened(OPERATOR)));
  let acted = 0;
  const say = async (body: string) => {
    const before = actingNotes(h);
    await h.deliver(h.double.comment({ issue: TASK, author: speaker, body }));
    acted += actingNotes(h) - before;
  };
  if (speaker === MALLORY) {
    await say(exampleAnswers());
    await say("/sop draft");
  }
  await h.deliver(
    h.double.comment({ issue: TASK, author: OPERATOR, body: exampleAnswers() }),
  );
  for (let i = 0; i < 3; i++) await say("/sop retry");
  return acted;
}

/** The authority rules run end to end on the GitHub double: who may write where, approve, answer and spend. */
export async function runAuthorityBreaks(): Promise<AuthorityBreaks> {
  const cross = [await crossRepo(false), await crossRepo(true)];
  const forged = [
    await forgedDraft(),
    await forgedPublish(),
    await forgedModelEndpoint(),
    await forgedPin({
      pin: { approvers: { users: [MALLORY], teams: [] } },
      approver: MALLORY,
      role: null,
    }),
    await forgedPin({
      config: `approvers:\n  users: [${MAINTAINER}]\n`,
      pin: { approvers: { users: [MALLORY], teams: [] } },
      approver: MALLORY,
      role: "write",
    }),
    await forgedPin({
      config: "require_independent_approver: true\n",
      pin: { require_independent_approver: false },
      approver: OPERATOR,
      role: null,
    }),
  ];
  // With a limit of 0 the operator's own retries are over it too.
  const spoken = [
    await unauthorised(),
    await unauthorised("model_command_limit: 0\n", OPERATOR),
  ];
  const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
  return {
    scenarios: cross.length + forged.length + spoken.length,
    crossRepoPublishes: sum(cross),
    forgedNoteEffects: sum(forged),
    unauthorisedActedOn: sum(spoken),
  };
}
