import { repoApiUrl } from "../factories/urls.js";
import { GitHubError, notFound } from "../http/reply.js";
import { blobSha, commitAt } from "../state/git.js";
import type { RepoRecord } from "../state/records.js";
import { type Handler, repoOf } from "./handler-context.js";

/** The commit whose tree `treeSha` names: a tree SHA, or (as GitHub allows) a branch name or commit SHA. */
function commitOfTree(repo: RepoRecord, treeSha: string) {
  for (const commit of repo.commits.values())
    if (commit.treeSha === treeSha) return commit;
  return commitAt(repo, treeSha);
}

/** Trees and blobs of the git database: how a whole folder is read in one request. */
export const treeHandlers: Record<string, Handler> = {
  "git/get-tree": (context) => {
    const repo = repoOf(context);
    const treeSha = String(context.params.tree_sha);
    const commit = commitOfTree(repo, treeSha);
    if (!commit) throw notFound();
    if (context.query.recursive === undefined)
      throw new GitHubError(
        422,
        "The double serves recursive trees only (pass recursive=1)",
      );
    const api = repoApiUrl(repo);
    const folders = new Set<string>();
    for (const path of commit.files.keys()) {
      const parts = path.split("/");
      for (let i = 1; i < parts.length; i++)
        folders.add(parts.slice(0, i).join("/"));
    }
    const tree = [
      ...[...folders].map((path) => {
        const sha = blobSha(`tree ${path}`);
        return {
          path,
          mode: "040000",
          type: "tree",
          sha,
          url: `${api}/git/trees/${sha}`,
        };
      }),
      ...[...commit.files].map(([path, content]) => {
        const sha = blobSha(content);
        return {
          path,
          mode: "100644",
          type: "blob",
          sha,
          size: Buffer.byteLength(content),
          url: `${api}/git/blobs/${sha}`,
        };
      }),
    ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
      status: 200,
      body: {
        sha: commit.treeSha,
        url: `${api}/git/trees/${commit.treeSha}`,
        tree,
        truncated: false,
      },
    };
  },

  "git/get-blob": (context) => {
    const repo = repoOf(context);
    const sha = String(context.params.file_sha);
    for (const commit of repo.commits.values())
      for (const content of commit.files.values())
        if (blobSha(content) === sha)
          return {
            status: 200,
            body: {
              sha,
              node_id: `B_${sha.slice(0, 12)}`,
              size: Buffer.byteLength(content),
              url: `${repoApiUrl(repo)}/git/blobs/${sha}`,
              content: Buffer.from(content).toString("base64"),
              encoding: "base64",
            },
          };
    throw notFound();
  },
};
