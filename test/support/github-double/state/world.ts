import type { AppRecord, RepoRecord, UserRecord } from "./records.js";

export interface WorldOptions {
  /** The app the REST calls act as. */
  app?: { slug?: string; name?: string; id?: number; installationId?: number };
  /** Login the REST calls are made as; defaults to the app's bot ("sopflow[bot]"). */
  caller?: string;
  /** Start of the double's clock; every change moves it one second on, so timestamps are ordered and repeatable. */
  start?: string;
}

/** Everything the double knows: users, repositories, teams, the app, ids and the clock. */
export class World {
  readonly users = new Map<string, UserRecord>();
  readonly repos = new Map<string, RepoRecord>();
  /** "org/team-slug" → login → team role */
  readonly teams = new Map<string, Map<string, "member" | "maintainer">>();
  readonly app: AppRecord;
  readonly caller: string;
  #lastId = 1000;
  #clock: number;

  constructor(options: WorldOptions = {}) {
    this.#clock = Date.parse(options.start ?? "2025-01-06T09:00:00Z");
    const slug = options.app?.slug ?? "sopflow";
    this.app = {
      id: options.app?.id ?? 4242,
      slug,
      name: options.app?.name ?? slug,
      owner: "sopflow-dev",
      installationId: options.app?.installationId ?? 7007,
      botLogin: `${slug}[bot]`,
    };
    this.addUser({ login: this.app.owner, type: "Organization" });
    this.addUser({ login: this.app.botLogin, type: "Bot" });
    this.caller = options.caller ?? this.app.botLogin;
    if (!this.users.has(this.caller))
      this.addUser({
        login: this.caller,
        type: this.caller.endsWith("[bot]") ? "Bot" : "User",
      });
  }

  nextId(): number {
    this.#lastId += 1;
    return this.#lastId;
  }

  /** The current time, then one second later for the next change. */
  tick(): string {
    const now = this.now();
    this.#clock += 1000;
    return now;
  }

  /**
   * The current time without moving the clock: for `updated_at` stamps that
   * must not shift the times (and so the commit SHAs) of later changes.
   */
  now(): string {
    return new Date(this.#clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  addUser(input: { login: string; type?: UserRecord["type"] }): UserRecord {
    const existing = this.users.get(input.login);
    if (existing) return existing;
    const user: UserRecord = {
      login: input.login,
      id: this.nextId(),
      type: input.type ?? "User",
    };
    this.users.set(user.login, user);
    return user;
  }

  user(login: string): UserRecord {
    const found = this.users.get(login);
    if (!found)
      throw new Error(
        `Unexpected unknown user "${login}", expected one added with addUser/addBot first`,
      );
    return found;
  }

  repo(fullName: string): RepoRecord {
    const found = this.repos.get(fullName.toLowerCase());
    if (!found)
      throw new Error(
        `Unexpected unknown repository "${fullName}", expected one of: ${[...this.repos.keys()].join(", ")}`,
      );
    return found;
  }
}
