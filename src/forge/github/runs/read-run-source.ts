import type { ProbotOctokit } from "probot";
import { trimEnd } from "../../../core/capture/trim-end.js";
import { readCatalog } from "../../../core/catalog/read-catalog.js";
import type { Config } from "../../../core/config/config-schema.js";
import { attempt, statusOf } from "../github-error.js";
import type { RepoRef } from "../forge-state.js";

/** An SOP as a run is made from it: its text at one commit of the docs branch, and a link to it there. */
export interface RunSource {
  path: string;
  commit: string;
  markdown: string;
  /** The file at that commit on GitHub (a blob link with the commit's SHA). */
  link: string;
}

/**
 * The SOP a run names, by path or by id, at the docs branch's current
 * commit. An id is looked up in the catalog, else taken as the file name in
 * the docs folder. Requests: repository (unless shown) + branch + catalog
 * (for an id) + file. Returns a sentence for people when there is no such SOP.
 */
export async function readRunSource(input: {
  octokit: ProbotOctokit;
  docs: RepoRef;
  config: Config;
  sop: string;
  /** The docs repository as the event's payload shows it, when the event is about it. */
  shown?: { default_branch: string; html_url: string } | undefined;
}): Promise<RunSource | { problem: string }> {
  const { octokit, docs, config } = input;
  const where = `${docs.owner}/${docs.repo}`;
  const folder = `${trimEnd(config.docs_folder, "/")}/`;
  // The event's payload shows its own repository: only another docs repository is read for it.
  const repo =
    input.shown ??
    (await attempt(`read ${where}`, () => octokit.rest.repos.get(docs))).data;
  const { data: branch } = await attempt(
    `read the branch ${repo.default_branch} of ${where}`,
    () =>
      octokit.rest.repos.getBranch({ ...docs, branch: repo.default_branch }),
  );
  const commit = branch.commit.sha;
  const read = (path: string) =>
    attempt(`read ${path} in ${where}`, async () => {
      try {
        const { data } = await octokit.rest.repos.getContent({
          ...docs,
          path,
          ref: commit,
        });
        return !Array.isArray(data) && data.type === "file" && "content" in data
          ? Buffer.from(data.content, "base64").toString("utf8")
          : null;
      } catch (error) {
        if (statusOf(error) === 404) return null;
        throw error;
      }
    });
  let path: string | null = null;
  if (input.sop.toLowerCase().endsWith(".md"))
    path = input.sop.replace(/^\.?\//, "");
  else {
    const catalog = await read(config.catalog_path);
    const listed =
      catalog === null
        ? []
        : readCatalog({ markdown: catalog, catalogPath: config.catalog_path });
    path =
      listed.find((entry) => entry.id === input.sop)?.path ??
      `${folder}${input.sop}.md`;
  }
  // A run reads SOPs only: a path outside the docs folder (or climbing out of it) names none.
  if (!path.startsWith(folder) || path.split("/").includes(".."))
    return {
      problem: `Unexpected SOP \`${input.sop}\`, expected an SOP id or a path under \`${folder}\`.`,
    };
  const markdown = await read(path);
  if (markdown === null)
    return {
      problem: `Unexpected SOP \`${input.sop}\`: no such SOP on ${repo.default_branch} of ${where}, expected an id from the catalog (\`${config.catalog_path}\`) or a path under \`${folder}\`.`,
    };
  return {
    path,
    commit,
    markdown,
    link: `${repo.html_url}/blob/${commit}/${path.split("/").map(encodeURIComponent).join("/")}`,
  };
}
