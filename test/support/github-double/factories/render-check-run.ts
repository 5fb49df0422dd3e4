import type { CheckRunRecord, RepoRecord } from "../state/records.js";
import type { World } from "../state/world.js";
import { renderApp } from "./render-app.js";
import { nodeId, repoApiUrl, repoWebUrl } from "./urls.js";

/** A `check-run` made by the app, listing the open pulls whose head it checked. */
export function renderCheckRun(input: {
  world: World;
  repo: RepoRecord;
  run: CheckRunRecord;
}) {
  const { world, repo, run } = input;
  const api = repoApiUrl(repo);
  const url = `${api}/check-runs/${run.id}`;
  const pulls = [...repo.issues.values()].flatMap((issue) =>
    issue.pull && issue.state === "open" && issue.pull.headSha === run.headSha
      ? [{ number: issue.number, pull: issue.pull }]
      : [],
  );
  const end = (ref: string, sha: string) => ({
    ref,
    sha,
    repo: { id: repo.id, url: api, name: repo.name },
  });
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId("CR_", run.id),
    external_id: run.externalId,
    url,
    html_url: `${repoWebUrl(repo)}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id + 1_000_000 },
    app: renderApp(world),
    pull_requests: pulls.map(({ number, pull }) => ({
      id: pull.id,
      number,
      url: `${api}/pulls/${number}`,
      head: end(pull.head, run.headSha),
      base: end(pull.base, pull.baseSha),
    })),
  };
}
