import type { Root, RootContent } from "mdast";
import {
  code,
  codeBlock,
  details,
  heading,
  link,
  list,
  paragraph,
  root,
  text,
} from "../../markdown/md-builders.js";
import type { Feedback } from "../../ports/model.js";
import type { SopFile } from "../../sop/sop-schema.js";

/** Up to this size the note holds the whole SOP; above it, its location and a summary. */
export const INLINE_SOP_LIMIT = 6_000;

export function draftNoteBody(input: {
  file: SopFile;
  markdown: string;
  revision: number;
  path: string;
  commit: string;
  permalink: string;
  pull: { number: number; url: string };
  feedback: Feedback[];
  /** The facts an edited request changed (a request-edit merge). */
  requestChanges?: string[];
  /** What changed in the SOP since the draft before, from the diff. */
  sopChanges?: string[];
}): Root {
  const { file, markdown, revision, pull } = input;
  const children: RootContent[] = [
    heading(3, `Step 2 · Draft SOP — revision ${revision}`),
    paragraph(
      `Drafted "${file.content.title}" version ${file.frontMatter.version}: ${file.content.steps.length} steps, ${file.content.prerequisites.length} prerequisites, ${file.content.edgeCases.length} edge cases`,
      file.content.gaps.length
        ? `, ${file.content.gaps.length} open questions flagged as gaps.`
        : ".",
    ),
    paragraph(
      "The SOP is ",
      link(input.permalink, input.path),
      " at commit ",
      code(input.commit.slice(0, 7)),
      " in pull request ",
      link(pull.url, `#${pull.number}`),
      ".",
    ),
  ];
  if (input.feedback.length) {
    children.push(
      heading(4, "Feedback this revision works from"),
      list(
        input.feedback.map((f) => [
          text(
            `${f.author}${f.line ? ` (line ${f.line})` : ""}: ${oneLine(f.body)}`,
          ),
        ]),
      ),
    );
  }
  if (input.requestChanges) {
    children.push(
      heading(4, "What changed in the request"),
      input.requestChanges.length
        ? list(input.requestChanges.map((c) => [text(c)]))
        : paragraph("Nothing the SOP is made from: the wording only."),
    );
  }
  if (input.sopChanges) {
    children.push(
      heading(4, "What changed in the SOP"),
      input.sopChanges.length
        ? list(input.sopChanges.map((c) => [text(c)]))
        : paragraph("Nothing: the content is as it was."),
    );
  }
  if (markdown.length <= INLINE_SOP_LIMIT) {
    children.push(
      ...details("The SOP as drafted", [codeBlock(markdown, "markdown")]),
    );
  } else {
    children.push(
      paragraph(
        `The SOP is ${markdown.length.toLocaleString("en")} characters long, so this note records its location instead of the whole text.`,
      ),
    );
  }
  return root(children);
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
