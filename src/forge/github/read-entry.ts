import { statusOf, attempt } from "./github-error.js";
import { fileKey, type FileEntry, type ForgeState } from "./forge-state.js";

/** A file of the docs repository at `ref` (branch or SHA), remembered for the rest of the run. */
export async function readEntry(
  state: ForgeState,
  ref: string,
  path: string,
): Promise<FileEntry> {
  const key = fileKey(ref, path);
  const cached = state.files.get(key);
  if (cached !== undefined) return cached;
  const entry = await attempt(
    `read ${path} at ${ref.slice(0, 40)} in ${state.docs.owner}/${state.docs.repo}`,
    () => fetchEntry(state, ref, path),
  );
  state.files.set(key, entry);
  return entry;
}

async function fetchEntry(
  state: ForgeState,
  ref: string,
  path: string,
): Promise<FileEntry> {
  try {
    const { data } = await state.octokit.rest.repos.getContent({
      ...state.docs,
      path,
      ref,
    });
    if (Array.isArray(data) || data.type !== "file") return null;
    if (data.encoding !== "base64")
      throw new Error(
        `Unexpected ${data.encoding} encoding of ${path}, expected base64 (a file under 1 MB)`,
      );
    return {
      content: Buffer.from(data.content, "base64").toString("utf8"),
      sha: data.sha,
    };
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}
