import { inertMentions } from "../markdown/inert-mentions.js";
import { paragraph, root, strong, text } from "../markdown/md-builders.js";
import { stringifyMarkdown } from "../markdown/stringify-markdown.js";
import { editSop } from "../sop/edit-sop.js";
import { parseSop } from "../sop/parse-sop.js";

/** Marks the banner, so retiring twice adds it once. */
export const RETIRED_MARKER = "<!-- sopflow:retired -->";

/**
 * The SOP retired on record: status `retired` and a banner at the top of
 * the body (the date, the reason, the replacement when there is one). The
 * file stays where it is, every other byte kept.
 */
export function retireFile(input: {
  source: string;
  today: string;
  reason: string;
  replacedBy: string | null;
}): string {
  const file = parseSop(input.source).file;
  const edited = editSop({
    source: input.source,
    next: { ...file, frontMatter: { ...file.frontMatter, status: "retired" } },
  });
  if (edited.includes(RETIRED_MARKER)) return edited;
  const said = input.reason.split(/\r?\n/).join(" ").trim();
  const reason = said === "" || /[.!?]$/.test(said) ? said : `${said}.`;
  const banner = stringifyMarkdown(
    inertMentions({
      tree: root([
        {
          type: "blockquote",
          children: [
            paragraph(
              strong(`Retired on ${input.today}.`),
              text(
                ` Do not follow this procedure.${reason ? ` Reason: ${reason}` : ""}`,
              ),
              ...(input.replacedBy
                ? [text(" Replaced by "), strong(input.replacedBy), text(".")]
                : []),
            ),
          ],
        },
      ]),
      keep: [],
    }),
  ).trimEnd();
  const node = parseSop(edited).frontMatter.node;
  const at = node?.position?.end.offset ?? 0;
  const before = edited.slice(0, at);
  const after = edited.slice(at).replace(/^\r?\n+/, "");
  const eol = edited.includes("\r\n") ? "\r\n" : "\n";
  const block = `${RETIRED_MARKER}${eol}${banner.split("\n").join(eol)}${eol}${eol}`;
  return at === 0
    ? `${block}${after}`
    : `${before}${eol}${eol}${block}${after}`;
}
