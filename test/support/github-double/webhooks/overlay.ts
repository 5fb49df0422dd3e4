const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The example object with the double's current values laid over it: every
 * current value wins, nested objects merge, and what only the example has
 * (fields the REST representation lacks) stays as GitHub wrote it.
 */
export function overlay(example: unknown, current: unknown): unknown {
  if (!isPlainObject(example) || !isPlainObject(current))
    return structuredClone(current);
  const result: Record<string, unknown> = structuredClone(example);
  for (const [key, value] of Object.entries(current))
    result[key] = overlay(example[key], value);
  return result;
}
