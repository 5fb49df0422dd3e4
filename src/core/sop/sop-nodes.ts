import type { Blockquote, ListItem, Paragraph, Table } from "mdast";
import YAML from "yaml";
import {
  code,
  link,
  list,
  listItem,
  paragraph,
  strong,
  table,
  text,
} from "../markdown/md-builders.js";
import type {
  Approval,
  Definition,
  EdgeCase,
  FrontMatter,
  Gap,
  Revision,
  SopRecord,
  SopStep,
} from "./sop-schema.js";
import { openQuestionLabel } from "./sop-sections.js";

/** The list item of one step, its sub-steps as a nested numbered list. */
export function stepItem(step: SopStep): ListItem {
  return listItem([
    // A caution stands right before the step it guards, so it is read first.
    ...(step.cautions ?? []).map((caution): Blockquote => ({
      type: "blockquote",
      children: [paragraph(strong("Caution:"), text(` ${caution}`))],
    })),
    paragraph(step.action),
    ...(step.substeps.length > 0 ? [list(step.substeps, true)] : []),
  ]);
}

export function textItem(value: string): ListItem {
  return listItem([paragraph(value)]);
}

export function definitionItem(definition: Definition): ListItem {
  return listItem([
    paragraph(strong(definition.term), text(`: ${definition.meaning}`)),
  ]);
}

export function edgeCaseItem(edge: EdgeCase): ListItem {
  return listItem([paragraph(strong(edge.case), text(`: ${edge.action}`))]);
}

export function gapItem(gap: Gap): ListItem {
  return listItem([
    paragraph(strong(openQuestionLabel(gap.questionId)), text(` ${gap.text}`)),
  ]);
}

export const RECORD_COLUMNS = ["Record", "Where it is kept", "How long"];

export function recordTable(records: SopRecord[]): Table {
  return table(
    RECORD_COLUMNS,
    records.map((r) => [r.what, r.where, r.retention]),
  );
}

/**
 * The Approval section: who approved this version and when, from the front
 * matter's approval record, so a reader sees it in the body too.
 */
export function approvalParagraph(
  approval: Approval | "merge-commit" | null,
): Paragraph {
  if (approval === "merge-commit")
    return paragraph(
      "Approved in the review of the pull request that published this version: its merge commit records who approved it and when (",
      code("git log --first-parent -1 --format=%(trailers) -- <this file>"),
      ").",
    );
  if (approval === null)
    return paragraph(
      "Not yet approved: the approval is recorded here when an authorised reviewer approves this version.",
    );
  const by = `Approved by ${approval.by} on ${approval.at}`;
  return approval.link === null
    ? paragraph(`${by}.`)
    : paragraph(text(`${by} (`), link(approval.link, "review"), text(")."));
}

export const REVISION_COLUMNS = ["Version", "Date", "Author", "Change"];

export function revisionTable(revisions: Revision[]): Table {
  return table(
    REVISION_COLUMNS,
    revisions.map((r) => [r.version, r.date, r.author, r.change]),
  );
}

/** The front matter mapping in schema order, so the same values always yield the same bytes. */
export function frontMatterRecord(fm: FrontMatter): Record<string, unknown> {
  return {
    id: fm.id,
    title: fm.title,
    version: fm.version,
    status: fm.status,
    owner: fm.owner,
    trigger: fm.trigger,
    source_issue: fm.source_issue,
    last_validated: fm.last_validated,
    review_due: fm.review_due,
    approval:
      fm.approval === null || typeof fm.approval === "string"
        ? fm.approval
        : { by: fm.approval.by, at: fm.approval.at, link: fm.approval.link },
  };
}

export function yamlText(record: Record<string, unknown>): string {
  return YAML.stringify(record, { lineWidth: 0 }).trimEnd();
}
