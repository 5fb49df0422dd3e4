import type { RestCall } from "../../support/github-double/http/rest-pipeline.js";

/** The shape of a run's writes: method and GitHub's route template, in order (no ids, no bodies). */
export function writeTrace(writes: RestCall[]): string[] {
  return writes.map((call) => `${call.method} ${call.route}`);
}

/**
 * What the writes touched in the repository: file paths (contents API) and
 * refs (created or moved branches, a pull request's head).
 */
export function touchedByWrites(writes: RestCall[]): {
  files: string[];
  refs: string[];
} {
  const files: string[] = [];
  const refs: string[] = [];
  for (const call of writes) {
    const body = (call.requestBody ?? {}) as { ref?: string; head?: string };
    if (call.route.endsWith("/contents/{path}"))
      files.push(call.path.replace(/^\/repos\/[^/]+\/[^/]+\/contents\//, ""));
    if (call.route.includes("/git/refs") && call.method === "POST" && body.ref)
      refs.push(body.ref);
    if (call.route.includes("/git/refs/") && call.method !== "POST")
      refs.push(
        call.path.replace(/^\/repos\/[^/]+\/[^/]+\/git\/refs\//, "refs/"),
      );
    if (call.operationId === "pulls/create" && body.head)
      refs.push(`refs/heads/${body.head}`);
  }
  return { files, refs };
}
