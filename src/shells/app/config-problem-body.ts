import {
  code,
  heading,
  list,
  paragraph,
  root,
  text,
} from "../../core/markdown/md-builders.js";
import { stringifyMarkdown } from "../../core/markdown/stringify-markdown.js";
import type { ConfigError } from "../../core/config/validate-config.js";
import { CONFIG_PATH } from "./load-config.js";

// A file with thousands of bad entries must still fit in one comment (GitHub takes 65,536 characters).
const MAX_PROBLEMS = 20;
const MAX_CHARS = 200;

const cut = (value: string) =>
  value.length > MAX_CHARS ? `${value.slice(0, MAX_CHARS - 1)}…` : value;

/** The one comment an unusable config file gets: which key, what is wrong, how to go on. */
export function configProblemBody(error: ConfigError): string {
  const shown = error.problems.slice(0, MAX_PROBLEMS);
  const more = error.problems.length - shown.length;
  return stringifyMarkdown(
    root([
      heading(3, "sopflow cannot read its configuration"),
      paragraph(
        "The file ",
        code(CONFIG_PATH),
        " on the default branch has a problem, so sopflow did nothing on this issue:",
      ),
      list([
        ...shown.map((p) => [code(cut(p.key)), text(`: ${cut(p.problem)}`)]),
        ...(more > 0 ? [`…and ${more} more.`] : []),
      ]),
      paragraph(
        "Fix the file (every key is optional; remove a key to use its default), then comment on this issue or edit it to continue.",
      ),
    ]),
  );
}
