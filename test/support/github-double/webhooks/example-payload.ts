import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

interface Definition {
  name: string;
  examples: Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
let definitions: Definition[] | undefined;

/**
 * A deep copy of GitHub's own example payload for an event and action
 * (@octokit/webhooks-examples), preferring one sent to an app installation.
 * An action without an example (issues.closed) borrows another action's
 * example of the same event: the objects in it are the same.
 */
export function examplePayload(
  name: string,
  action: string,
): Record<string, unknown> {
  definitions ??= JSON.parse(
    readFileSync(
      require.resolve("@octokit/webhooks-examples/api.github.com/index.json"),
      "utf8",
    ),
  ) as Definition[];
  const all = definitions.find((d) => d.name === name)?.examples ?? [];
  const same = all.filter((e) => e.action === action);
  const examples = same.length > 0 ? same : all;
  const chosen =
    examples.find((e) => "installation" in e && !("changes" in e)) ??
    examples.find((e) => !("changes" in e)) ??
    examples[0];
  if (!chosen)
    throw new Error(
      `Unexpected webhook ${name}.${action}, expected an event @octokit/webhooks-examples has examples of`,
    );
  return { ...structuredClone(chosen), action };
}
