/** The HTTP status of an Octokit request error, or null for anything else. */
export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : null;
}

/** GitHub's message with its validation details (they say *why* a 422 happened). */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const data = (
    error as { response?: { data?: { message?: unknown; errors?: unknown } } }
  ).response?.data;
  const details = Array.isArray(data?.errors)
    ? data.errors
        .map((e: unknown) =>
          typeof e === "string"
            ? e
            : ((e as { message?: string } | null)?.message ?? ""),
        )
        .filter(Boolean)
    : [];
  return [
    error.message,
    ...details.filter((d) => !error.message.includes(d)),
  ].join(": ");
}

/** Run one GitHub request; a failure says what we were doing, with the original as the cause. */
export async function attempt<T>(
  what: string,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`Could not ${what}: ${errorText(error)}`, { cause: error });
  }
}
