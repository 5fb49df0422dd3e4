/** What a run issue (or file) was made from: one hidden line at the end of its body. */
export interface RunKey {
  /** The SOP's id. */
  id: string;
  /** The SOP file's path in the docs repository. */
  path: string;
  /** The commit the checklist was built from. */
  commit: string;
  version: string;
  /** For a scheduled run, the period it belongs to (see schedulePeriod); null otherwise. */
  period: string | null;
}

const MARKER = "<!-- sopflow:run ";

/** The hidden marker line; "<" and ">" escaped so no path can end the comment. */
export function runMarker(key: RunKey): string {
  const json = JSON.stringify(key)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e");
  return `${MARKER}${json} -->`;
}

/** The key a run's body carries, or null for any other text. */
export function runKeyOf(body: string | null | undefined): RunKey | null {
  const at = body?.lastIndexOf(MARKER) ?? -1;
  if (body == null || at === -1) return null;
  const end = body.indexOf(" -->", at);
  if (end === -1) return null;
  try {
    const value: unknown = JSON.parse(body.slice(at + MARKER.length, end));
    if (value === null || typeof value !== "object") return null;
    const { id, path, commit, version, period } = value as Record<
      string,
      unknown
    >;
    if (
      typeof id !== "string" ||
      typeof path !== "string" ||
      typeof commit !== "string" ||
      typeof version !== "string"
    )
      return null;
    return {
      id,
      path,
      commit,
      version,
      period: typeof period === "string" ? period : null,
    };
  } catch {
    return null;
  }
}
