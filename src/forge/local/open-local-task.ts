import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { hashText } from "../../core/notes/hash-text.js";
import { git } from "./git.js";
import { GitStore } from "./git-store.js";
import { LocalForge } from "./local-forge.js";
import {
  TASKS_BRANCH,
  TaskRecordSchema,
  taskDir,
  type TaskRecord,
} from "./task-records.js";

/** The repository cannot host a local run; the message says why and what to do. */
export class LocalRepoError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LocalRepoError";
  }
}

export interface LocalTask {
  forge: LocalForge;
  store: GitStore;
  number: number;
  baseBranch: string;
  resumed: boolean;
}

/**
 * Open a local task: task `number` as it stands, or the task for a request —
 * the same request (same title and body) resumes its task from the notes on
 * `sopflow/tasks`; a new one starts a task.
 */
export async function openLocalTask(input: {
  repo: string;
  request: { title: string; body: string } | { number: number };
  author: string;
  base?: string;
  trigger: string;
  now: () => string;
}): Promise<LocalTask> {
  const dir = resolve(input.repo);
  await checkRepository(dir);
  const store = new GitStore(dir);
  const baseBranch = await findBaseBranch(store, input.base);
  const tasks = await readTasks(store);
  if ("number" in input.request) {
    const wanted = input.request.number;
    if (!tasks.some((t) => t.number === wanted))
      throw new LocalRepoError(
        `There is no local task ${wanted} in ${dir}: \`sopflow status\` lists the tasks${tasks.length ? ` (${tasks.map((t) => t.number).join(", ")})` : " (none yet)"}`,
      );
    const forge = new LocalForge(store, {
      task: wanted,
      baseBranch,
      now: input.now,
      trigger: input.trigger,
    });
    return { forge, store, number: wanted, baseBranch, resumed: true };
  }
  const requestHash = hashText(`${input.request.title}\n${input.request.body}`);
  const existing = tasks.find((t) => t.requestHash === requestHash);
  const number =
    existing?.number ?? Math.max(0, ...tasks.map((t) => t.number)) + 1;
  if (!existing) {
    const record: TaskRecord = {
      number,
      title: input.request.title,
      author: input.author,
      open: true,
      labels: [input.trigger],
      requestHash,
      createdAt: input.now(),
    };
    const parent = await store.resolve(`refs/heads/${TASKS_BRANCH}`);
    await store.commit({
      branch: TASKS_BRANCH,
      parent,
      files: {
        [`${taskDir(number)}/task.json`]: `${JSON.stringify(record, null, 2)}\n`,
        [`${taskDir(number)}/request.md`]: input.request.body,
      },
      message: `sopflow: task ${number}: ${input.request.title.slice(0, 72)}`,
    });
  }
  const forge = new LocalForge(store, {
    task: number,
    baseBranch,
    now: input.now,
    trigger: input.trigger,
  });
  return { forge, store, number, baseBranch, resumed: Boolean(existing) };
}

async function checkRepository(
  dir: string,
  { clean } = { clean: true },
): Promise<void> {
  const exists = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!exists)
    throw new LocalRepoError(
      `${dir} does not exist: pass --repo with the path of a git repository`,
    );
  const top = await git(["rev-parse", "--show-toplevel"], {
    cwd: dir,
    okCodes: [128],
  });
  if (top.code !== 0)
    throw new LocalRepoError(
      `${dir} is not a git repository: run \`git init\` there (and commit something), or pass --repo with another path`,
    );
  if (!clean) return;
  const dirty = await git(["status", "--porcelain", "--untracked-files=no"], {
    cwd: dir,
  });
  if (dirty.stdout.trim()) {
    throw new LocalRepoError(
      `The working tree of ${dir} has uncommitted changes: commit or stash them first, so that publishing (a merge) cannot touch your work`,
    );
  }
}

async function findBaseBranch(
  store: GitStore,
  wanted: string | undefined,
): Promise<string> {
  const candidates = wanted
    ? [wanted]
    : ["main", "master", (await store.currentBranch()) ?? ""].filter(
        (b) => b && !b.startsWith("sopflow/"),
      );
  for (const branch of candidates)
    if (await store.resolve(`refs/heads/${branch}`)) return branch;
  const named = wanted ? `branch ${wanted}` : "default branch (main or master)";
  throw new LocalRepoError(
    `The repository has no ${named} with a commit: create it (e.g. \`git commit --allow-empty -m init\`) or pass --base with the docs branch`,
  );
}

/** The local tasks of a repository, by number. */
export async function listLocalTasks(repo: string): Promise<{
  store: GitStore;
  tasks: TaskRecord[];
}> {
  const dir = resolve(repo);
  await checkRepository(dir, { clean: false });
  const store = new GitStore(dir);
  const tasks = await readTasks(store);
  return { store, tasks: tasks.sort((a, b) => a.number - b.number) };
}

async function readTasks(store: GitStore): Promise<TaskRecord[]> {
  const files = await store.readTree(TASKS_BRANCH, ".sopflow/tasks");
  return [...files.entries()]
    .filter(([path]) => path.endsWith("/task.json"))
    .map(([, text]) => TaskRecordSchema.parse(JSON.parse(text)));
}
