/** What a fuzz run found; every count but `runs` should be 0. */
export interface FuzzResult {
  runs: number;
  /** Errors nobody handled: an unexpected throw from a pure function, or a handler error with no visible note. */
  uncaught: number;
  /** Writes outside the docs folder (or a branch other than the task's). */
  outsideDocs: number;
  /** Text that only looks like a note (or a command) acted on as one. */
  forgedTrusted: number;
  /** Comments or bodies over 65,536 characters, labels over 50. */
  oversize: number;
  /** One line per problem: which check, which case. */
  failures: string[];
}

export type FuzzCounter =
  "uncaught" | "outsideDocs" | "forgedTrusted" | "oversize";

/** Records a problem under its counter, keeping the message short enough to read in a report. */
export function record(
  result: FuzzResult,
  input: { counter: FuzzCounter | null; what: string; detail?: unknown },
): void {
  if (input.counter) result[input.counter] += 1;
  const detail =
    input.detail === undefined
      ? ""
      : `: ${describe(input.detail).slice(0, 300)}`;
  result.failures.push(
    `${input.counter ?? "property"} — ${input.what}${detail}`,
  );
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return typeof value === "string"
    ? JSON.stringify(value)
    : (JSON.stringify(value) ?? String(value));
}
