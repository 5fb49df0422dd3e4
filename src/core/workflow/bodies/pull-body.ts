import type { Root } from "mdast";
import {
  code,
  heading,
  link,
  list,
  paragraph,
  root,
  strong,
  text,
} from "../../markdown/md-builders.js";

/** The pull request's description: what it is, where it came from, how to approve. */
export function pullBody(input: {
  title: string;
  taskUrl: string;
  taskNumber: number;
  path: string;
  /** `record_approval_in_file`: the approval is committed into the file before the merge. */
  approvalInFile: boolean;
}): Root {
  return root([
    paragraph(
      "This pull request holds the SOP ",
      strong(input.title),
      ", drafted by sopflow for ",
      link(input.taskUrl, `#${input.taskNumber}`),
      ".",
    ),
    paragraph(
      "The capture, draft and walkthrough notes are on the issue; the SOP file is ",
      code(input.path),
      ".",
    ),
    heading(3, "How to review"),
    list([
      input.approvalInFile
        ? [
            strong("Approve"),
            text(
              " this pull request to publish the SOP: sopflow records the approval in the file and merges it.",
            ),
          ]
        : [
            strong("Approve"),
            text(
              " this pull request to publish the SOP: sopflow merges the commit you approved, with nothing pushed after your approval. The file already says ",
            ),
            code("status: published"),
            text(" and "),
            code("approval: merge-commit"),
            text(
              " (what it records once merged); the merge commit names you in its ",
            ),
            code("Approved-by:"),
            text(" trailer."),
          ],
      [
        strong("Request changes"),
        text(
          " to send it back to drafting: your review text and inline comments are the feedback the next draft works from.",
        ),
      ],
      [
        text(
          "Only an approval on the current head commit by someone with write, maintain or admin access publishes.",
        ),
      ],
    ]),
  ]);
}
