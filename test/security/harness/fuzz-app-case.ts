import { parseRequest } from "../../../src/core/capture/parse-request.js";
import {
  ConfigSchema,
  type Config,
} from "../../../src/core/config/config-schema.js";
import { parseConfigText } from "../../../src/core/config/validate-config.js";
import { slugify } from "../../../src/core/sop/slugify.js";
import { sopPath } from "../../../src/core/sop/sop-path.js";
import type { GitHubDouble } from "../../support/github-double/github-double.js";
import { actorLogin } from "./actors.js";
import { createAppRun, MAINTAINER, OPERATOR } from "./app-run.js";
import type { FuzzCase } from "./fuzz-arbitraries.js";
import { record, type FuzzResult } from "./fuzz-tally.js";
import type { Delivery } from "./injection-lifecycle.js";
import { oversizeWrites } from "./oversize-writes.js";
import { touchedByWrites } from "./write-trace.js";
import { trimEnd } from "../../../src/core/capture/trim-end.js";

const TASK = 1;
const PULL = 2;

function configOf(text: string | null): Config {
  try {
    return text === null
      ? ConfigSchema.parse({})
      : parseConfigText({ text, source: "fuzz" });
  } catch {
    return ConfigSchema.parse({});
  }
}

/** Where the app would put this request's SOP, so a file can already be there; null when it would not get that far. */
function sopPathOf(c: FuzzCase, config: Config): string | null {
  try {
    return sopPath({
      docsFolder: config.docs_folder,
      slug: slugify(parseRequest({ title: c.title, body: c.body }).name),
    });
  } catch {
    return null;
  }
}

/** The people's side of the lifecycle: open, comment, `/sop draft`, and the maintainer's approval once there is a pull request. */
function* lifecycle(
  double: GitHubDouble,
  c: FuzzCase,
): Generator<() => Delivery> {
  yield () =>
    double.openIssue({
      title: c.title,
      body: c.body,
      author: OPERATOR,
      labels: ["sop"],
    });
  for (const comment of c.comments)
    yield () =>
      double.comment({
        issue: TASK,
        author: actorLogin(double, comment.actor),
        body: comment.body,
      });
  yield () =>
    double.comment({ issue: TASK, author: OPERATOR, body: "/sop draft" });
  if (double.issue(PULL)?.pull)
    yield () =>
      double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      });
}

/**
 * One case through the app and the GitHub double (offline drafter): a
 * handler error counts only when it left no visible comment; every write
 * stays in the docs folder; nothing merges or closes as published before the
 * maintainer's approval; every comment and label fits GitHub's limits.
 */
export async function fuzzAppCase(
  c: FuzzCase,
  result: FuzzResult,
): Promise<void> {
  const config = configOf(c.config);
  const existing = c.existingSop === null ? null : sopPathOf(c, config);
  const run = await createAppRun({
    ...(c.config === null ? {} : { config: c.config }),
    files: existing ? { [existing]: c.existingSop ?? "" } : {},
  });
  const { double } = run;
  let approvedAt = -1;
  let index = 0;
  for (const make of lifecycle(double, c)) {
    let event: Delivery;
    try {
      event = make();
    } catch (error) {
      record(result, {
        counter: null,
        what: "the GitHub double refused a person's action (a harness problem)",
        detail: error,
      });
      return;
    }
    if (event.name === "pull_request_review") approvedAt = index;
    const delivery = await run.deliver(event);
    const noted = delivery.writes.some(
      (w) => w.operationId === "issues/create-comment" && w.status === 201,
    );
    if (delivery.error !== null && !noted)
      record(result, {
        counter: "uncaught",
        what: `${event.name} left no visible note`,
        detail: delivery.error,
      });
    if (
      delivery.writes.some((w) => w.operationId === "pulls/merge") &&
      index !== approvedAt
    )
      record(result, {
        counter: "forgedTrusted",
        what: `merged on ${event.name}, before any approval`,
      });
    index += 1;
  }
  const writes = double.writes();
  const folder = trimEnd(config.docs_folder.replace(/^(?:\.\/)+/, ""), "/");
  const { files, refs } = touchedByWrites(writes);
  for (const path of files) {
    // The catalog travels in the same pull request as the SOP.
    if (path === config.catalog_path) continue;
    const slug = path.startsWith(`${folder}/`)
      ? path.slice(folder.length + 1).replace(/\.md$/, "")
      : "";
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || !path.endsWith(".md"))
      record(result, {
        counter: "outsideDocs",
        what: "a file outside the docs folder",
        detail: path,
      });
  }
  for (const ref of refs)
    if (!/^refs\/heads\/sopflow\/1-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ref))
      record(result, {
        counter: "outsideDocs",
        what: "a ref other than the task's branch",
        detail: ref,
      });
  const issue = double.issue(TASK);
  const merged = Boolean(double.issue(PULL)?.pull?.merged);
  if (
    !merged &&
    (issue?.labels.includes("sop: published") ||
      issue?.stateReason === "completed")
  )
    record(result, {
      counter: "forgedTrusted",
      what: "published without a merge",
      detail: issue?.labels,
    });
  for (const found of oversizeWrites(double.calls))
    record(result, { counter: "oversize", what: found });
  for (const violation of double.violations)
    record(result, {
      counter: null,
      what: "a request outside GitHub's contract",
      detail: violation.message,
    });
}
