import { blobSha } from "../state/git.js";
import type { CommitRecord, RepoRecord, Signature } from "../state/records.js";
import type { World } from "../state/world.js";
import { renderUser } from "./render-user.js";
import { nodeId, repoApiUrl, repoWebUrl } from "./urls.js";

/** A `git-ref`, e.g. refs/heads/main. */
export function renderGitRef(input: {
  repo: RepoRecord;
  ref: string;
  sha: string;
}) {
  const api = repoApiUrl(input.repo);
  return {
    ref: `refs/${input.ref}`,
    node_id:
      nodeId("REF_", input.repo.id) +
      Buffer.from(input.ref).toString("base64url"),
    url: `${api}/git/refs/${input.ref}`,
    object: {
      type: "commit",
      sha: input.sha,
      url: `${api}/git/commits/${input.sha}`,
    },
  };
}

/** A `content-file` with base64 content, at the ref it was read from. */
export function renderContentFile(input: {
  repo: RepoRecord;
  path: string;
  content: string;
  ref: string;
}) {
  const { repo, path, content } = input;
  const sha = blobSha(content);
  const url = `${repoApiUrl(repo)}/contents/${path}?ref=${encodeURIComponent(input.ref)}`;
  const html = `${repoWebUrl(repo)}/blob/${input.ref}/${path}`;
  const git = `${repoApiUrl(repo)}/git/blobs/${sha}`;
  return {
    type: "file" as const,
    encoding: "base64",
    size: Buffer.byteLength(content),
    name: path.split("/").pop() ?? path,
    path,
    // GitHub wraps base64 content at 60 characters.
    content: (
      Buffer.from(content)
        .toString("base64")
        .match(/.{1,60}/g) ?? []
    ).join("\n"),
    sha,
    url,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${input.ref}/${path}`,
    _links: { self: url, git, html },
  };
}

/** The `commit` half of a `file-commit`. */
export function renderFileCommit(repo: RepoRecord, commit: CommitRecord) {
  const api = repoApiUrl(repo);
  return {
    sha: commit.sha,
    node_id: nodeId("C_", repo.id) + commit.sha.slice(0, 12),
    url: `${api}/git/commits/${commit.sha}`,
    html_url: `${repoWebUrl(repo)}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { url: `${api}/git/trees/${commit.treeSha}`, sha: commit.treeSha },
    parents: commit.parents.map((sha) => ({
      url: `${api}/git/commits/${sha}`,
      html_url: `${repoWebUrl(repo)}/commit/${sha}`,
      sha,
    })),
    verification: {
      verified: false,
      reason: "unsigned",
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

/** A `commit` as the commits and branches APIs show it; authors map to accounts by their noreply address. */
export function renderCommit(input: {
  world: World;
  repo: RepoRecord;
  commit: CommitRecord;
}) {
  const { world, repo, commit } = input;
  const api = repoApiUrl(repo);
  const account = (signature: Signature) => {
    const user = world.users.get(signature.name);
    return user ? renderUser(user) : {};
  };
  return {
    url: `${api}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: nodeId("C_", repo.id) + commit.sha.slice(0, 12),
    html_url: `${repoWebUrl(repo)}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` },
    },
    author: account(commit.author),
    committer: account(commit.committer),
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${repoWebUrl(repo)}/commit/${sha}`,
    })),
  };
}
