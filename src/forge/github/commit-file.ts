import {
  FileExistsError,
  HeadMovedError,
  type CommitFileInput,
} from "../../core/ports/forge.js";
import { ensureBranch, readBranchHead } from "./ensure-branch.js";
import { errorText, statusOf } from "./github-error.js";
import { fileKey, type FileEntry, type ForgeState } from "./forge-state.js";
import { gitBlobSha } from "./git-blob-sha.js";
import { lookBeforeResend, type Landed } from "./look-before-resend.js";
import { readEntry } from "./read-entry.js";
import { listRunSummaries } from "./runs/list-run-summaries.js";

/**
 * Commit one file to a docs-repository branch through the contents API and
 * return the new head (or the current one when nothing changed). With
 * `expectedHead`, a branch known to have moved is refused before writing,
 * and a commit that did not land directly on it raises HeadMovedError.
 */
export async function commitFile(
  state: ForgeState,
  input: CommitFileInput,
): Promise<string> {
  const { alongside, ...sop } = input;
  const head = await commitOnce(state, { input: sop, mayRetry: true });
  return alongside ? commitAlongside(state, { input, alongside, head }) : head;
}

/**
 * The second file of the change (the catalog), read at the head the SOP
 * commit made and written directly on it when it needs a change: a run that
 * died between the two writes finds the SOP unchanged and writes this one.
 */
async function commitAlongside(
  state: ForgeState,
  at: {
    input: CommitFileInput;
    alongside: NonNullable<CommitFileInput["alongside"]>;
    head: string;
  },
): Promise<string> {
  const { input, alongside, head } = at;
  const existing = await currentEntry(state, {
    head,
    branch: input.branch,
    path: alongside.path,
  });
  // The catalog shows each SOP's runs: listed here, 1 request per 100 runs.
  const runs = await listRunSummaries({
    octokit: state.octokit,
    repo: state.docs,
  });
  const content = alongside.update(existing?.content ?? null, runs);
  if (content === null || content === existing?.content) return head;
  try {
    const sha = await put(
      state,
      {
        branch: input.branch,
        base: input.base,
        path: alongside.path,
        content,
        message: `${input.message} (catalog)`,
        expectedHead: head,
        head,
      },
      existing,
    );
    // The SOP is the same at the catalog's commit: what this run knows of it stays known.
    const sop = state.files.get(fileKey(head, input.path));
    if (sop !== undefined) state.files.set(fileKey(sha, input.path), sop);
    return sha;
  } catch (error) {
    if (error instanceof HeadMovedError) throw error;
    throw new Error(
      `Could not commit ${alongside.path} to ${input.branch} in ${state.docs.owner}/${state.docs.repo}: ${errorText(error)}`,
      { cause: error },
    );
  }
}

async function commitOnce(
  state: ForgeState,
  at: { input: CommitFileInput; mayRetry: boolean },
): Promise<string> {
  const { input } = at;
  const known = knownHead(state, input.branch);
  // A head this run did not make may come from a stale payload (a push since): a commit meant for a known head reads the branch again first.
  const cached =
    input.expectedHead && known && !state.made.has(known)
      ? await readBranchHead(state, input.branch)
      : known;
  if (input.expectedHead && cached && cached !== input.expectedHead)
    throw new HeadMovedError(input.expectedHead, cached);
  const { head, created } = cached
    ? { head: cached, created: false }
    : await ensureBranch(state, input);
  if (input.expectedHead && head !== input.expectedHead)
    throw new HeadMovedError(input.expectedHead, head);
  const key = fileKey(head, input.path);
  // A copy of the file from the task's notes saves reading it (a wrong one ends in a 409, handled below).
  if (input.known?.sha === head && !state.files.has(key))
    state.files.set(key, {
      content: input.known.content,
      sha: gitBlobSha(input.known.content),
    });
  // On a branch just made from the base, a new SOP is the rule: write first, and read only when GitHub says the file exists.
  const guess = created && !state.files.has(key);
  // A branch that already existed may hold this draft from a run that died: only the base's copy makes the file "not new".
  const atBase =
    input.onlyIfNew && !guess
      ? await readEntry(state, input.base, input.path)
      : null;
  if (atBase) throw new FileExistsError(input.path, atBase.content);
  const existing = guess
    ? null
    : await currentEntry(state, {
        head,
        branch: input.branch,
        path: input.path,
      });
  if (existing?.content === input.content) return head;
  try {
    return await put(state, { ...input, head }, existing).catch(
      async (error: unknown) => {
        if (
          !guess ||
          statusOf(error) !== 422 ||
          !/"?sha"? wasn't supplied/i.test(errorText(error))
        )
          throw error;
        const found = await readEntry(state, head, input.path);
        if (found && input.onlyIfNew)
          throw new FileExistsError(input.path, found.content);
        return found?.content === input.content
          ? head
          : put(state, { ...input, head }, found);
      },
    );
  } catch (error) {
    if (error instanceof HeadMovedError || error instanceof FileExistsError)
      throw error;
    // 409: the file on the branch is not the one this run knew (a later commit, or a copy from the notes GitHub does not hold).
    if (statusOf(error) === 409) {
      const actual = await readBranchHead(state, input.branch);
      if (input.expectedHead || !at.mayRetry)
        throw new HeadMovedError(input.expectedHead ?? head, actual);
      state.files.delete(key);
      const { known: _known, ...unhinted } = input;
      return commitOnce(state, { input: unhinted, mayRetry: false });
    }
    throw new Error(
      `Could not commit ${input.path} to ${input.branch} in ${state.docs.owner}/${state.docs.repo}: ${errorText(error)}`,
      { cause: error },
    );
  }
}

async function put(
  state: ForgeState,
  input: CommitFileInput & { head: string },
  existing: FileEntry,
): Promise<string> {
  const { data } = await state.octokit.rest.repos.createOrUpdateFileContents({
    ...state.docs,
    path: input.path,
    message: input.message,
    content: Buffer.from(input.content, "utf8").toString("base64"),
    branch: input.branch,
    ...(existing ? { sha: existing.sha } : {}),
    request: lookBeforeResend(state, () => findCommitted(state, input)),
  });
  const sha = data.commit.sha ?? "";
  const entry: FileEntry = {
    content: input.content,
    sha: data.content?.sha ?? "",
  };
  state.heads.set(input.branch, sha);
  state.made.add(sha);
  state.files.set(fileKey(sha, input.path), entry);
  state.files.set(fileKey(input.branch, input.path), entry);
  const pull = state.snapshot?.pull;
  if (
    state.snapshot &&
    pull &&
    pull.branch === input.branch &&
    pull.state === "open"
  )
    state.snapshot = { ...state.snapshot, pull: { ...pull, headSha: sha } };
  const parent = data.commit.parents?.[0]?.sha ?? "";
  if (input.expectedHead && parent !== input.expectedHead)
    throw new HeadMovedError(input.expectedHead, parent);
  return sha;
}

/** This very content committed directly on `head`: a commit whose answer was lost. */
async function findCommitted(
  state: ForgeState,
  at: { branch: string; head: string; path: string; content: string },
): Promise<Landed> {
  const { data } = await state.octokit.rest.repos.getBranch({
    ...state.docs,
    branch: at.branch,
  });
  const { sha, parents } = data.commit;
  if (parents.length !== 1 || parents[0]?.sha !== at.head) return null;
  const file = await readEntry(state, sha, at.path);
  return file?.content === at.content
    ? {
        status: 200,
        data: {
          content: { sha: file.sha },
          commit: { sha, parents: [{ sha: at.head }] },
        },
      }
    : null;
}

function knownHead(state: ForgeState, branch: string): string | undefined {
  const pull = state.snapshot?.pull;
  return (
    state.heads.get(branch) ??
    (pull && pull.branch === branch && pull.state === "open"
      ? pull.headSha
      : undefined)
  );
}

async function currentEntry(
  state: ForgeState,
  at: { head: string; branch: string; path: string },
): Promise<FileEntry> {
  const byHead = state.files.get(fileKey(at.head, at.path));
  if (byHead !== undefined) return byHead;
  if (state.heads.get(at.branch) === at.head) {
    const byBranch = state.files.get(fileKey(at.branch, at.path));
    if (byBranch !== undefined) return byBranch;
  }
  return readEntry(state, at.head, at.path);
}
