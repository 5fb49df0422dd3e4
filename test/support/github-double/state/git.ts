import { createHash } from "node:crypto";
import type { CommitRecord, RepoRecord, Signature } from "./records.js";

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/** The blob SHA git (and the contents API) gives this text. */
export function blobSha(content: string): string {
  return sha1(`blob ${Buffer.byteLength(content)}\0${content}`);
}

function treeSha(files: Map<string, string>): string {
  const entries = [...files]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, content]) => `${path}\0${blobSha(content)}\n`);
  return sha1(`tree ${entries.join("")}`);
}

/** Stores a commit whose SHA is derived from its content, parents, author and time, so runs repeat exactly. */
export function storeCommit(
  repo: RepoRecord,
  input: {
    parents: string[];
    files: Map<string, string>;
    message: string;
    author: Signature;
    committer?: Signature;
  },
): CommitRecord {
  const tree = treeSha(input.files);
  const committer = input.committer ?? input.author;
  const header = [
    `tree ${tree}`,
    ...input.parents.map((p) => `parent ${p}`),
    `author ${input.author.name} <${input.author.email}> ${input.author.date}`,
    `committer ${committer.name} <${committer.email}> ${committer.date}`,
  ];
  const commit: CommitRecord = {
    sha: sha1(`${header.join("\n")}\n\n${input.message}`),
    treeSha: tree,
    parents: input.parents,
    files: input.files,
    message: input.message,
    author: input.author,
    committer,
  };
  repo.commits.set(commit.sha, commit);
  return commit;
}

/** A ref as clients name it (a SHA, "main", "heads/main", "refs/heads/main") → commit SHA. */
export function resolveRef(repo: RepoRecord, ref: string): string | undefined {
  if (/^[0-9a-f]{40}$/.test(ref) && repo.commits.has(ref)) return ref;
  const name = ref.replace(/^refs\//, "");
  return (
    repo.refs.get(name) ??
    repo.refs.get(`heads/${name}`) ??
    repo.refs.get(`tags/${name}`)
  );
}

export function commitAt(
  repo: RepoRecord,
  ref: string,
): CommitRecord | undefined {
  const sha = resolveRef(repo, ref);
  return sha === undefined ? undefined : repo.commits.get(sha);
}

/** Commits file changes on top of a branch (null deletes a file) and moves the branch to the new commit. */
export function commitToBranch(
  repo: RepoRecord,
  input: {
    branch: string;
    changes: Record<string, string | null>;
    message: string;
    author: Signature;
  },
): CommitRecord {
  const parent = commitAt(repo, `heads/${input.branch}`);
  if (!parent)
    throw new Error(
      `Unexpected missing branch "${input.branch}" in ${repo.owner}/${repo.name}, expected an existing branch`,
    );
  const files = new Map(parent.files);
  for (const [path, content] of Object.entries(input.changes)) {
    if (content === null) files.delete(path);
    else files.set(path, content);
  }
  const commit = storeCommit(repo, {
    parents: [parent.sha],
    files,
    message: input.message,
    author: input.author,
  });
  moveBranch(repo, {
    branch: input.branch,
    sha: commit.sha,
    at: input.author.date,
  });
  return commit;
}

/** Points a branch at a commit; open pull requests from that branch follow it (and count as updated), as on GitHub. */
export function moveBranch(
  repo: RepoRecord,
  input: { branch: string; sha: string; at?: string },
): void {
  repo.refs.set(`heads/${input.branch}`, input.sha);
  for (const issue of repo.issues.values()) {
    if (
      !issue.pull ||
      issue.state !== "open" ||
      issue.pull.head !== input.branch
    )
      continue;
    issue.pull.headSha = input.sha;
    if (input.at) issue.updatedAt = input.at;
  }
}
