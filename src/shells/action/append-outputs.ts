import { randomUUID } from "node:crypto";
import { appendFile } from "node:fs/promises";

/**
 * Set step outputs through the runner's `$GITHUB_OUTPUT` file: each value
 * as `name<<delimiter`, its lines, then the delimiter, so a value may span
 * lines. The delimiter is random, and a value that contains it is refused
 * rather than allowed to end its entry early.
 */
export async function appendOutputs(
  file: string,
  outputs: Record<string, string>,
): Promise<void> {
  const entries = Object.entries(outputs).map(([name, value]) => {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
      throw new Error(
        `Unexpected delimiter inside output "${name}", expected a value without it`,
      );
    }
    return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  });
  try {
    await appendFile(file, entries.join(""), "utf8");
  } catch (error) {
    throw new Error(`Could not write the step outputs to ${file}`, {
      cause: error,
    });
  }
}
