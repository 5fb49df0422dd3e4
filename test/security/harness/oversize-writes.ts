import type { RestCall } from "../../support/github-double/http/rest-pipeline.js";

const TEXT_LIMIT = 65_536;
const LABEL_LIMIT = 50;
const TEXT_WRITES = new Set([
  "issues/create-comment",
  "issues/update-comment",
  "pulls/create",
  "pulls/update",
  "issues/update",
]);
const LABEL_WRITES = new Set([
  "issues/add-labels",
  "issues/set-labels",
  "issues/create-label",
  "issues/update-label",
]);

// GitHub counts characters (code points), not UTF-16 units.
const chars = (text: string) => [...text].length;

function labelNames(body: unknown): string[] {
  const value = body as
    { labels?: unknown; name?: unknown; new_name?: unknown } | unknown[] | null;
  if (Array.isArray(value)) return value.map(String);
  const labels = Array.isArray(value?.labels)
    ? value.labels.map((l) =>
        typeof l === "object" && l !== null
          ? String((l as { name?: unknown }).name)
          : String(l),
      )
    : [];
  return [
    ...labels,
    ...[value?.name, value?.new_name].filter(
      (n): n is string => typeof n === "string",
    ),
  ];
}

/** Writes whose comment or body text is over GitHub's 65,536 characters, or that name a label over 50. */
export function oversizeWrites(calls: RestCall[]): string[] {
  const found: string[] = [];
  for (const call of calls) {
    const body = (call.requestBody ?? {}) as { body?: unknown };
    if (
      TEXT_WRITES.has(call.operationId) &&
      typeof body.body === "string" &&
      chars(body.body) > TEXT_LIMIT
    )
      found.push(`${call.operationId}: ${chars(body.body)} characters`);
    if (
      LABEL_WRITES.has(call.operationId) ||
      call.operationId === "issues/update"
    ) {
      for (const name of labelNames(call.requestBody))
        if (chars(name) > LABEL_LIMIT)
          found.push(`${call.operationId}: label of ${chars(name)} characters`);
    }
  }
  return found;
}
