import { commitAt } from "./state/git.js";
import { createRepo } from "./state/create-repo.js";
import type {
  CheckRunRecord,
  IssueRecord,
  RepoRecord,
  UserRecord,
} from "./state/records.js";
import { World, type WorldOptions } from "./state/world.js";
import type { FaultRule } from "./http/fault.js";
import { type RequestHook, RestPipeline } from "./http/rest-pipeline.js";
import * as issueActions from "./human/issue-actions.js";
import * as pullActions from "./human/pull-actions.js";

export interface GitHubDoubleOptions extends WorldOptions {
  /** The repository the double starts with (default acme/docs, an organisation's public repository). */
  repo?: {
    owner?: string;
    name?: string;
    ownerType?: "User" | "Organization";
    private?: boolean;
    defaultBranch?: string;
    files?: Record<string, string>;
  };
}

// Maps a role to the legacy permission GitHub reports for it (maintain → write, triage → read).
const LEGACY: Record<string, "admin" | "write" | "read"> = {
  admin: "admin",
  maintain: "write",
  write: "write",
  triage: "read",
  read: "read",
};

type Args<F> = F extends (scope: never, input: infer I) => unknown ? I : never;

/**
 * An in-process GitHub: a stateful fake of the REST API behind a WHATWG
 * `fetch`, checked against GitHub's OpenAPI description on every request
 * and response, plus the human side (issues, comments, reviews, merges)
 * that changes state and returns the webhook GitHub would send.
 */
export class GitHubDouble {
  readonly world: World;
  readonly repo: RepoRecord;
  readonly #http: RestPipeline;

  constructor(options: GitHubDoubleOptions = {}) {
    this.world = new World(options);
    const repo = options.repo ?? {};
    this.repo = createRepo(this.world, {
      owner: repo.owner ?? "acme",
      name: repo.name ?? "docs",
      ...repo,
    });
    this.#http = new RestPipeline(this.world);
  }

  /** Give to Octokit as `request: { fetch }`. */
  get fetch() {
    return this.#http.fetch;
  }
  get calls() {
    return this.#http.calls;
  }
  get violations() {
    return this.#http.violations;
  }
  /** The requests that change something: all but GET, and not the installation-token exchange (authentication, not work). */
  writes() {
    return this.#http.calls.filter(
      (call) =>
        call.method !== "GET" &&
        call.method !== "HEAD" &&
        call.operationId !== "apps/create-installation-access-token",
    );
  }
  failNext(rule: FaultRule) {
    this.#http.failNext(rule);
  }
  /** Runs before the double answers; a returned reply is sent instead. Returns a function that removes the hook. */
  onRequest(hook: RequestHook) {
    return this.#http.onRequest(hook);
  }

  assertValid(): void {
    const { violations } = this.#http;
    if (violations.length > 0)
      throw new Error(
        `GitHub double saw ${violations.length} contract violation(s):\n${violations.map((v) => `- ${v.message}`).join("\n")}`,
      );
  }

  // People and access.
  addUser(login: string): UserRecord {
    return this.world.addUser({ login, type: "User" });
  }
  addBot(login: string): UserRecord {
    return this.world.addUser({
      login: login.endsWith("[bot]") ? login : `${login}[bot]`,
      type: "Bot",
    });
  }
  /** A collaborator with a role: admin, maintain, write, triage, read, or a custom role name (with its base permission). */
  addCollaborator(input: {
    login: string;
    role: string;
    basePermission?: "admin" | "write" | "read";
  }): UserRecord {
    const user = this.world.addUser({ login: input.login });
    this.repo.collaborators.set(user.login, {
      role: input.role,
      permission: LEGACY[input.role] ?? input.basePermission ?? "read",
    });
    return user;
  }
  addTeamMember(input: {
    team: string;
    login: string;
    org?: string;
    role?: "member" | "maintainer";
  }): void {
    this.world.addUser({ login: input.login });
    const key = `${input.org ?? this.repo.owner}/${input.team}`.toLowerCase();
    const members =
      this.world.teams.get(key) ?? new Map<string, "member" | "maintainer">();
    members.set(input.login, input.role ?? "member");
    this.world.teams.set(key, members);
  }
  setMergeable(pull: number, mergeable: boolean): void {
    pullActions.pullIn(this.repo, pull).pull.mergeable = mergeable;
  }

  // What a test reads back.
  issue(number: number): IssueRecord | undefined {
    return this.repo.issues.get(number);
  }
  fileAt(ref: string, path: string): string | undefined {
    return commitAt(this.repo, ref)?.files.get(path);
  }
  branchHead(branch: string): string | undefined {
    return this.repo.refs.get(`heads/${branch}`);
  }
  checkRuns(sha: string): CheckRunRecord[] {
    return this.repo.checkRuns.filter((run) => run.headSha === sha);
  }

  // The human side: each changes state and returns the webhook delivery.
  openIssue(input: Args<typeof issueActions.openIssue>) {
    return issueActions.openIssue(this.#scope(), input);
  }
  labelIssue(input: Args<typeof issueActions.labelIssue>) {
    return issueActions.labelIssue(this.#scope(), input);
  }
  removeLabel(input: Args<typeof issueActions.removeLabel>) {
    return issueActions.removeLabel(this.#scope(), input);
  }
  editIssue(input: Args<typeof issueActions.editIssue>) {
    return issueActions.editIssue(this.#scope(), input);
  }
  reopenIssue(input: Args<typeof issueActions.reopenIssue>) {
    return issueActions.reopenIssue(this.#scope(), input);
  }
  closeIssue(input: Args<typeof issueActions.closeIssue>) {
    return issueActions.closeIssue(this.#scope(), input);
  }
  comment(input: Args<typeof issueActions.comment>) {
    return issueActions.comment(this.#scope(), input);
  }
  editComment(input: Args<typeof issueActions.editComment>) {
    return issueActions.editComment(this.#scope(), input);
  }
  deleteComment(input: Args<typeof issueActions.deleteComment>) {
    return issueActions.deleteComment(this.#scope(), input);
  }
  submitReview(input: Args<typeof pullActions.submitReview>) {
    return pullActions.submitReview(this.#scope(), input);
  }
  dismissReview(input: Args<typeof pullActions.dismissReview>) {
    return pullActions.dismissReview(this.#scope(), input);
  }
  pushCommit(input: Args<typeof pullActions.pushCommit>) {
    return pullActions.pushCommit(this.#scope(), input);
  }
  mergePullByHuman(input: Args<typeof pullActions.mergePullByHuman>) {
    return pullActions.mergePullByHuman(this.#scope(), input);
  }
  closePull(input: Args<typeof pullActions.closePull>) {
    return pullActions.closePull(this.#scope(), input);
  }

  #scope() {
    return { world: this.world, repo: this.repo };
  }
}
