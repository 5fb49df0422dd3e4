import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The repository's own published SOP: the base every test SOP below is derived from. */
export const RELEASE_SOP = readFileSync(
  join(import.meta.dirname, "../../docs/sops/release-sopflow.md"),
  "utf8",
);

/**
 * A copy of the published SOP with front matter values replaced (a
 * hand-made variant: only the named keys differ from the real file).
 */
export function sopWith(values: Record<string, string>): string {
  const [, yaml = "", body = ""] = RELEASE_SOP.split(/^---$/m);
  const lines = yaml.split("\n").map((line) => {
    const key = /^([a-z_]+):/.exec(line)?.[1];
    return key !== undefined && key in values
      ? `${key}: ${JSON.stringify(values[key])}`
      : line;
  });
  return `---${lines.join("\n")}---${body}`;
}
