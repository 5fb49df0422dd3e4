import { validationFailed } from "../http/reply.js";

/** Label names from any body shape the labels endpoints accept: ["a"], [{name}], {labels: [...]} or "a". */
export function labelNames(body: unknown): string[] {
  const list =
    typeof body === "object" && body !== null && !Array.isArray(body)
      ? (body as { labels?: unknown }).labels
      : body;
  const items = Array.isArray(list) ? list : list === undefined ? [] : [list];
  return items.map((item) =>
    typeof item === "object" && item !== null
      ? String((item as { name?: unknown }).name)
      : String(item),
  );
}

/** GitHub's label limits: a name of at most 50 characters, at most 100 labels on an issue. */
export function checkLabelLimits(input: {
  current: string[];
  adding: string[];
}): void {
  const long = input.adding.find((name) => [...name].length > 50);
  if (long !== undefined)
    throw validationFailed([
      {
        resource: "Label",
        code: "custom",
        field: "name",
        message: "name is too long (maximum is 50 characters)",
      },
    ]);
  const total = new Set(
    [...input.current, ...input.adding].map((name) => name.toLowerCase()),
  ).size;
  if (total > 100)
    throw validationFailed([
      {
        resource: "Label",
        code: "custom",
        message: "Too many labels (maximum is 100)",
      },
    ]);
}
