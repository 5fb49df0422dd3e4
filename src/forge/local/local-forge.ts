import { pathToFileURL } from "node:url";
import { join } from "node:path";
import {
  FileExistsError,
  HeadMovedError,
  type CheckReport,
  type CleanupResult,
  type CommitFileInput,
  type Forge,
  type MergeInput,
  type MergeResult,
  type PullSnapshot,
  type Role,
  type TaskComment,
  type TaskReview,
  type TaskSnapshot,
} from "../../core/ports/forge.js";
import { hashText } from "../../core/notes/hash-text.js";
import { isStateLabel } from "../../core/workflow/state-labels.js";
import { git } from "./git.js";
import type { GitStore } from "./git-store.js";
import {
  commentFileName,
  parseCommentFileName,
  PullRecordSchema,
  ReviewRecordSchema,
  TASKS_BRANCH,
  taskDir,
  TaskRecordSchema,
  type PullRecord,
  type ReviewRecord,
  type TaskRecord,
} from "./task-records.js";

export const LOCAL_BOT = "sopflow";

/**
 * The Forge on a local git repository: the task lives as files on the
 * `sopflow/tasks` branch (notes are comment files in exactly the GitHub
 * format), the draft on its own branch stands in for a pull request, and
 * publishing is a real merge into the docs branch.
 */
export class LocalForge implements Forge {
  constructor(
    private readonly store: GitStore,
    private readonly options: {
      task: number;
      baseBranch: string;
      now: () => string;
      trigger: string;
    },
  ) {}

  private get dir(): string {
    return taskDir(this.options.task);
  }

  /** The task as its records hold it; the pull request comes through loadPull. */
  async loadIssue(): Promise<TaskSnapshot> {
    return { ...(await this.readAll()), pull: null };
  }

  /** The task's branch as its pull request: a local task has one, under whatever number its record holds. */
  async loadPull(number: number): Promise<PullSnapshot> {
    const { pull } = await this.readAll();
    if (pull?.number !== number)
      throw new Error(
        `Unexpected pull request #${number} for local task ${this.options.task}, expected ${pull ? `#${pull.number}` : "none yet"}`,
      );
    return pull;
  }

  private async readAll(): Promise<TaskSnapshot> {
    const files = await this.store.readTree(TASKS_BRANCH, this.dir);
    const task = this.readTask(files);
    const comments: TaskComment[] = [];
    const reviews: TaskReview[] = [];
    const reviewComments: PullSnapshot["reviewComments"] = [];
    for (const [path, content] of [...files.entries()].sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      const name = path.slice(this.dir.length + 1);
      if (name.startsWith("comments/")) {
        const meta = parseCommentFileName(name.slice("comments/".length));
        if (meta)
          comments.push({
            id: String(meta.seq),
            author: meta.kind === "self" ? LOCAL_BOT : meta.author,
            authorKind: meta.kind,
            body: content,
            createdAt: task.createdAt,
          });
      } else if (name.startsWith("reviews/")) {
        const review = ReviewRecordSchema.parse(JSON.parse(content));
        reviews.push({
          id: review.id,
          author: review.author,
          authorKind: "human",
          state: review.state,
          commitId: review.commitId,
          body: review.body,
          submittedAt: review.submittedAt,
        });
        for (const c of review.comments)
          reviewComments.push({
            ...c,
            reviewId: review.id,
            author: review.author,
            authorKind: "human",
            createdAt: review.submittedAt,
          });
      }
    }
    const pullText = files.get(`${this.dir}/pull.json`);
    const pull = pullText
      ? await this.pullSnapshot(
          PullRecordSchema.parse(JSON.parse(pullText)),
          reviews,
          reviewComments,
        )
      : null;
    const body = files.get(`${this.dir}/request.md`) ?? "";
    return {
      number: task.number,
      url: pathToFileURL(join(this.store.dir, this.dir)).href,
      title: task.title,
      body,
      author: task.author,
      open: task.open,
      labels: task.labels,
      comments: this.withTimes(comments, files),
      pull,
      baseBranch: this.options.baseBranch,
    };
  }

  async comment(body: string): Promise<void> {
    await this.addComment({ kind: "self", author: LOCAL_BOT, body });
  }

  /** Comments are written as files at once: a local run has no request budget to save. */
  async flush(): Promise<void> {}

  /** An operator's comment (answers, `/sop` commands): the local twin of commenting on the issue. */
  async addComment(input: {
    kind?: "self" | "human";
    author: string;
    body: string;
  }): Promise<void> {
    const files = await this.store.readTree(
      TASKS_BRANCH,
      `${this.dir}/comments`,
    );
    const seq =
      files.size +
      (await this.store.readTree(TASKS_BRANCH, `${this.dir}/reviews`)).size +
      1;
    const name = commentFileName(seq, input.kind ?? "human", input.author);
    await this.write(
      {
        [`comments/${name}`]: input.body,
        [`times/${String(seq).padStart(4, "0")}`]: this.options.now(),
      },
      `sopflow: task ${this.options.task}: comment by ${input.author}`,
    );
  }

  /** A review of the draft branch: the local twin of a PR review. */
  async submitReview(
    input: Omit<
      ReviewRecord,
      "id" | "submittedAt" | "commitId" | "comments"
    > & { comments?: ReviewRecord["comments"] },
  ): Promise<void> {
    const snapshot = await this.readAll();
    if (!snapshot.pull)
      throw new Error(
        "Unexpected review without a draft branch, expected the draft step first",
      );
    const reviews = await this.store.readTree(
      TASKS_BRANCH,
      `${this.dir}/reviews`,
    );
    const seq = reviews.size + snapshot.comments.length + 1;
    const record: ReviewRecord = {
      ...input,
      id: String(seq),
      commitId: snapshot.pull.headSha,
      submittedAt: this.options.now(),
      comments: input.comments ?? [],
    };
    await this.write(
      { [`reviews/${String(seq).padStart(4, "0")}.json`]: json(record) },
      `sopflow: task ${this.options.task}: ${input.state.replace("_", " ")} by ${input.author}`,
    );
  }

  async setStateLabel(
    label: string,
    options: { close?: "completed" | "not_planned"; reopen?: boolean } = {},
  ): Promise<void> {
    await this.updateTask((task) => ({
      ...task,
      open: options.close ? false : options.reopen ? true : task.open,
      labels: [
        ...new Set([
          this.options.trigger,
          ...task.labels.filter((l) => !isStateLabel(l)),
          label,
        ]),
      ],
    }));
  }

  readFile(ref: string, path: string): Promise<string | null> {
    return this.store.readFile(ref, path);
  }

  async commitFile(input: CommitFileInput): Promise<string> {
    if (input.onlyIfNew) {
      const atBase = await this.store.readFile(
        `refs/heads/${input.base}`,
        input.path,
      );
      if (atBase !== null) throw new FileExistsError(input.path, atBase);
    }
    const branchHead = await this.store.resolve(`refs/heads/${input.branch}`);
    const head =
      branchHead ?? (await this.store.resolve(`refs/heads/${input.base}`));
    if (!head)
      throw new Error(
        `Unexpected missing branch ${input.base}, expected the docs branch to exist`,
      );
    if (input.expectedHead && head !== input.expectedHead)
      throw new HeadMovedError(input.expectedHead, head);
    const files: Record<string, string> = {};
    if (
      !branchHead ||
      (await this.store.readFile(head, input.path)) !== input.content
    )
      files[input.path] = input.content;
    if (input.alongside) {
      // The catalog goes in the same commit as the SOP.
      const { path, update } = input.alongside;
      const current = await this.store.readFile(head, path);
      const next = update(current);
      if (next !== null && next !== current) files[path] = next;
    }
    if (Object.keys(files).length === 0) return head;
    return this.store.commit({
      branch: input.branch,
      parent: head,
      files,
      message: input.message,
      newBranch: !branchHead,
    });
  }

  async openPull(input: {
    branch: string;
    base: string;
    title: string;
    body: string;
  }): Promise<PullSnapshot> {
    const record: PullRecord = {
      number: this.options.task,
      ...input,
      state: "open",
      mergeSha: null,
      mergedBy: null,
    };
    await this.write(
      { "pull.json": json(record) },
      `sopflow: task ${this.options.task}: open draft ${input.branch}`,
    );
    return this.pullSnapshot(record, [], []);
  }

  async reportCheck(report: CheckReport): Promise<void> {
    await this.write(
      { [`checks/${report.sha}.json`]: json(report) },
      `sopflow: task ${this.options.task}: walkthrough checks`,
    );
  }

  async requestReview(): Promise<void> {
    // The terminal checkpoint that follows is the review request.
  }

  async roleOf(): Promise<Role> {
    return { roleName: "admin", permission: "admin" };
  }

  async isTeamMember(): Promise<boolean> {
    return false;
  }

  async merge(input: MergeInput): Promise<MergeResult> {
    const pull = PullRecordSchema.parse((await this.readPull()) ?? {});
    const head = await this.store.resolve(`refs/heads/${pull.branch}`);
    if (head !== input.sha)
      return {
        ok: false,
        reason: "head-moved",
        message: `the branch is at ${head?.slice(0, 7)}, not ${input.sha.slice(0, 7)}`,
      };
    const base = await this.store.resolve(`refs/heads/${pull.base}`);
    const merged = await git(
      ["merge-tree", "--write-tree", "--no-messages", base ?? "", input.sha],
      { cwd: this.store.dir, okCodes: [1] },
    );
    if (merged.code !== 0 || !base)
      return {
        ok: false,
        reason: "not-mergeable",
        message: "the draft branch conflicts with the docs branch",
      };
    const tree = merged.stdout.trim().split("\n")[0] ?? "";
    const sha = await this.store.commitTree({
      branch: pull.base,
      parent: base,
      tree,
      message: `${input.title}\n\n${input.message}`,
      ...(input.method === "merge" ? { extraParent: input.sha } : {}),
    });
    await this.write(
      {
        "pull.json": json({
          ...pull,
          state: "merged",
          mergeSha: sha,
          mergedBy: LOCAL_BOT,
        }),
      },
      `sopflow: task ${this.options.task}: merged`,
    );
    return { ok: true, sha };
  }

  /** The local twin of closing the pull request: its record says closed. */
  async closePull(number: number): Promise<CleanupResult> {
    const pull = await this.readPull();
    if (pull?.number !== number)
      return {
        ok: false,
        message: `local task ${this.options.task} has no pull request #${number}`,
      };
    if (pull.state === "open")
      await this.write(
        { "pull.json": json({ ...pull, state: "closed" }) },
        `sopflow: task ${this.options.task}: close draft ${pull.branch}`,
      );
    return { ok: true };
  }

  async deleteBranch(branch: string): Promise<CleanupResult> {
    return (await this.store.deleteBranch(branch))
      ? { ok: true }
      : {
          ok: false,
          message: `${branch} is checked out in ${this.store.dir}; check out another branch and delete it with \`git branch -D ${branch}\``,
        };
  }

  permalink(input: { sha: string; path: string }): string {
    return `${pathToFileURL(join(this.store.dir, input.path)).href}@${input.sha.slice(0, 12)}`;
  }

  /** The local twin of editing the issue: a new title and body; false when they are the same. */
  async editRequest(request: {
    title: string;
    body: string;
  }): Promise<boolean> {
    const files = await this.store.readTree(TASKS_BRANCH, this.dir);
    const task = this.readTask(files);
    if (
      task.title === request.title &&
      files.get(`${this.dir}/request.md`) === request.body
    )
      return false;
    await this.write(
      {
        "task.json": json({
          ...task,
          title: request.title,
          requestHash: hashText(`${request.title}\n${request.body}`),
        }),
        "request.md": request.body,
      },
      `sopflow: task ${this.options.task}: request edited`,
    );
    return true;
  }

  /** Reopen a cancelled task (the local twin of reopening the issue). */
  async reopen(): Promise<void> {
    await this.updateTask((task) => ({ ...task, open: true }));
  }

  private async pullSnapshot(
    record: PullRecord,
    reviews: TaskReview[],
    reviewComments: PullSnapshot["reviewComments"],
  ): Promise<PullSnapshot> {
    const headSha =
      (await this.store.resolve(`refs/heads/${record.branch}`)) ??
      record.mergeSha ??
      "";
    return {
      number: record.number,
      url: `branch ${record.branch}`,
      branch: record.branch,
      headSha,
      state: record.state,
      mergeSha: record.mergeSha,
      mergedBy: record.mergedBy,
      reviews,
      reviewComments,
    };
  }

  private async readPull(): Promise<PullRecord | null> {
    const files = await this.store.readTree(
      TASKS_BRANCH,
      `${this.dir}/pull.json`,
    );
    const text = files.get(`${this.dir}/pull.json`);
    return text ? PullRecordSchema.parse(JSON.parse(text)) : null;
  }

  private readTask(files: Map<string, string>): TaskRecord {
    const text = files.get(`${this.dir}/task.json`);
    if (!text)
      throw new Error(
        `Unexpected missing task ${this.options.task}, expected ${this.dir}/task.json on ${TASKS_BRANCH}`,
      );
    return TaskRecordSchema.parse(JSON.parse(text));
  }

  private withTimes(
    comments: TaskComment[],
    files: Map<string, string>,
  ): TaskComment[] {
    return comments.map((c) => ({
      ...c,
      createdAt:
        files.get(`${this.dir}/times/${c.id.padStart(4, "0")}`)?.trim() ??
        c.createdAt,
    }));
  }

  private async updateTask(
    change: (task: TaskRecord) => TaskRecord,
  ): Promise<void> {
    const files = await this.store.readTree(
      TASKS_BRANCH,
      `${this.dir}/task.json`,
    );
    const task = this.readTask(files);
    const next = change(task);
    if (JSON.stringify(next) !== JSON.stringify(task))
      await this.write(
        { "task.json": json(next) },
        `sopflow: task ${this.options.task}: update`,
      );
  }

  private async write(
    files: Record<string, string>,
    message: string,
  ): Promise<void> {
    const parent = await this.store.resolve(`refs/heads/${TASKS_BRANCH}`);
    const prefixed = Object.fromEntries(
      Object.entries(files).map(([name, content]) => [
        `${this.dir}/${name}`,
        content,
      ]),
    );
    await this.store.commit({
      branch: TASKS_BRANCH,
      parent,
      files: prefixed,
      message,
    });
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
