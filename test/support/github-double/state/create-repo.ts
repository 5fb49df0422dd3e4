import { storeCommit } from "./git.js";
import type { RepoRecord } from "./records.js";
import type { World } from "./world.js";

export interface RepoOptions {
  owner: string;
  name: string;
  ownerType?: "User" | "Organization";
  private?: boolean;
  defaultBranch?: string;
  /** Files of the first commit on the default branch. */
  files?: Record<string, string>;
}

/** Adds a repository with one commit on its default branch; a personal repository's owner is its admin. */
export function createRepo(world: World, options: RepoOptions): RepoRecord {
  const ownerType = options.ownerType ?? "Organization";
  world.addUser({ login: options.owner, type: ownerType });
  const createdAt = world.tick();
  const defaultBranch = options.defaultBranch ?? "main";
  const repo: RepoRecord = {
    id: world.nextId(),
    owner: options.owner,
    name: options.name,
    private: options.private ?? false,
    defaultBranch,
    createdAt,
    labels: new Map(),
    issues: new Map(),
    commits: new Map(),
    refs: new Map(),
    collaborators: new Map(),
    checkRuns: [],
  };
  if (ownerType === "User")
    repo.collaborators.set(options.owner, {
      role: "admin",
      permission: "admin",
    });
  const files = new Map(
    Object.entries(options.files ?? { "README.md": `# ${options.name}\n` }),
  );
  const author = {
    name: options.owner,
    email: `${options.owner}@users.noreply.github.com`,
    date: createdAt,
  };
  const first = storeCommit(repo, {
    parents: [],
    files,
    message: "Initial commit",
    author,
  });
  repo.refs.set(`heads/${defaultBranch}`, first.sha);
  world.repos.set(`${options.owner}/${options.name}`.toLowerCase(), repo);
  return repo;
}
