import { code, heading, list, paragraph, root, text } from "../../core/markdown/md-builders.js";
import { stringifyMarkdown } from "../../core/markdown/stringify-markdown.js";
import type { ConfigError } from "../../core/config/validate-config.js";
import { CONFIG_PATH } from "./load-config.js";

/** The one comment an unusable config file gets: which key, what is wrong, how to go on. */
export function configProblemBody(error: ConfigError): string {
  return stringifyMarkdown(
    root([
      heading(3, "sopflow cannot read its configuration"),
      paragraph("The file ", code(CONFIG_PATH), " on the default branch has a problem, so sopflow did nothing on this issue:"),
      list(error.problems.map((p) => [code(p.key), text(`: ${p.problem}`)])),
      paragraph("Fix the file (every key is optional; remove a key to use its default), then comment on this issue or edit it to continue."),
    ]),
  );
}
