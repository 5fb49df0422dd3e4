import {
  renderContentFile,
  renderFileCommit,
} from "../factories/render-git.js";
import { repoApiUrl, repoWebUrl } from "../factories/urls.js";
import { GitHubError, notFound } from "../http/reply.js";
import { blobSha, commitAt, commitToBranch } from "../state/git.js";
import type { RepoRecord } from "../state/records.js";
import { type Handler, bodyOf, repoOf } from "./handler-context.js";
import { trimEnd } from "../../../../src/core/capture/trim-end.js";

interface PutFile {
  message: string;
  content: string;
  sha?: string;
  branch?: string;
  author?: { name: string; email: string };
  committer?: { name: string; email: string };
}

function directoryListing(input: {
  repo: RepoRecord;
  files: Map<string, string>;
  dir: string;
  ref: string;
}) {
  const prefix = input.dir === "" ? "" : `${input.dir}/`;
  const names = new Set(
    [...input.files.keys()]
      .filter((p) => p.startsWith(prefix))
      .map((p) => p.slice(prefix.length).split("/")[0] ?? ""),
  );
  return [...names].sort().map((name) => {
    const path = `${prefix}${name}`;
    const content = input.files.get(path);
    if (content !== undefined) {
      const {
        content: _encoded,
        encoding: _encoding,
        ...entry
      } = renderContentFile({
        repo: input.repo,
        path,
        content,
        ref: input.ref,
      });
      return entry;
    }
    const url = `${repoApiUrl(input.repo)}/contents/${path}?ref=${encodeURIComponent(input.ref)}`;
    const html = `${repoWebUrl(input.repo)}/tree/${input.ref}/${path}`;
    // A stand-in for the directory's tree SHA: stable per path, never used to write.
    const sha = blobSha(`tree ${path}`);
    const git = `${repoApiUrl(input.repo)}/git/trees/${sha}`;
    return {
      type: "dir",
      size: 0,
      name,
      path,
      sha,
      url,
      git_url: git,
      html_url: html,
      download_url: null,
      _links: { self: url, git, html },
    };
  });
}

/** Files through the contents API: how the app reads its config and writes the SOP. */
export const contentHandlers: Record<string, Handler> = {
  "repos/get-content": (context) => {
    const repo = repoOf(context);
    const ref =
      context.query.ref === undefined
        ? repo.defaultBranch
        : String(context.query.ref);
    const commit = commitAt(repo, ref);
    if (!commit)
      throw new GitHubError(404, `No commit found for the ref ${ref}`);
    const path = trimEnd(String(context.params.path).replace(/^\/+/, ""), "/");
    const content = commit.files.get(path);
    if (content === undefined) {
      const listing = directoryListing({
        repo,
        files: commit.files,
        dir: path,
        ref,
      });
      if (listing.length === 0 || path === "") throw notFound();
      return { status: 200, body: listing };
    }
    // The raw media type (Probot's config loader asks for it) answers with the file's text.
    if (/\.raw\b|vnd\.github\.raw/.test(context.headers.get("accept") ?? ""))
      return { status: 200, text: content };
    return {
      status: 200,
      body: renderContentFile({ repo, path, content, ref }),
    };
  },

  "repos/create-or-update-file-contents": (context) => {
    const { world } = context;
    const repo = repoOf(context);
    const input = bodyOf<PutFile>(context);
    const path = String(context.params.path).replace(/^\/+/, "");
    const branch = input.branch ?? repo.defaultBranch;
    const head = commitAt(repo, `heads/${branch}`);
    if (!head) throw new GitHubError(404, `Branch ${branch} not found`);
    const existing = head.files.get(path);
    if (existing !== undefined && input.sha === undefined)
      throw new GitHubError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    if (
      input.sha !== undefined &&
      (existing === undefined || blobSha(existing) !== input.sha)
    )
      throw new GitHubError(409, `${path} does not match ${input.sha}`);
    const caller = world.user(world.caller);
    const date = world.tick();
    const identity = input.author ??
      input.committer ?? {
        name: caller.login,
        email: `${caller.id}+${caller.login}@users.noreply.github.com`,
      };
    const content = Buffer.from(input.content, "base64").toString("utf8");
    const commit = commitToBranch(repo, {
      branch,
      changes: { [path]: content },
      message: input.message,
      author: { ...identity, date },
    });
    const {
      content: _encoded,
      encoding: _encoding,
      ...file
    } = renderContentFile({ repo, path, content, ref: branch });
    return {
      status: existing === undefined ? 201 : 200,
      body: { content: file, commit: renderFileCommit(repo, commit) },
    };
  },
};
