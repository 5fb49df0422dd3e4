import type {
  BlockContent,
  ListItem,
  PhrasingContent,
  RootContent,
} from "mdast";
import { inertMentions } from "../markdown/inert-mentions.js";
import {
  code,
  details,
  heading,
  link,
  list,
  listItem,
  paragraph,
  root,
  strong,
  text,
} from "../markdown/md-builders.js";
import { stringifyMarkdown } from "../markdown/stringify-markdown.js";
import type { ParsedSop } from "../sop/parsed-sop.js";
import type { SopStep } from "../sop/sop-schema.js";
import { runMarker, type RunKey } from "./run-marker.js";
import { stepHints } from "./step-hints.js";

/** The label every run issue carries: what the scans and the catalog list runs by. */
export const RUN_LABEL = "sop-run";

export interface Checklist {
  title: string;
  /** The issue body (or local file): the procedure as a task list, then the hidden run marker. */
  body: string;
  labels: string[];
  key: RunKey;
}

/**
 * A run of an SOP as a GitHub task list: one box per step with its role,
 * tools and cautions beside it, the edge cases folded away, the definition
 * of done as the last boxes, and a link to the SOP at the exact commit the
 * run was made from. Ticking the boxes is the run's record.
 */
export function buildChecklist({
  sop,
  path,
  commit,
  link: sopLink,
  period = null,
}: {
  sop: ParsedSop;
  /** The SOP file's path in its repository. */
  path: string;
  /** The commit the SOP was read at. */
  commit: string;
  /** Where readers open the SOP at that commit (a blob link with the commit's SHA). */
  link: string;
  /** For a scheduled run, its period (e.g. "2026-12-07T09:00"); null for a run someone started. */
  period?: string | null;
}): Checklist {
  const { frontMatter, content } = sop.file;
  const title = content.title || frontMatter.title || path;
  const version = frontMatter.version || "?";
  const key: RunKey = {
    id: frontMatter.id || path,
    path,
    commit,
    version,
    period,
  };
  const approval = frontMatter.approval;
  const children: RootContent[] = [
    paragraph(
      "A run of ",
      link(sopLink, title),
      ` (${key.id}, version ${version}`,
      ...(approval === "merge-commit"
        ? [", approved as its merge commit records"]
        : approval?.by
          ? [`, approved by ${approval.by}`]
          : []),
      ") as of commit ",
      code(commit.slice(0, 12)),
      ".",
    ),
    paragraph(
      "Tick each box as you do it. When every box is ticked, sopflow closes the run with a note of who ticked which step and when. Something wrong or unclear? Comment ",
      code("/sop wrong <step> <what>"),
      " and it becomes a revision request for the SOP.",
    ),
    ...safety(content.cautions ?? []),
    heading(2, "Procedure"),
    list(
      content.steps.map((step, i) =>
        stepItem({
          step,
          number: i + 1,
          roles: content.roles,
          prerequisites: content.prerequisites,
        }),
      ),
    ),
  ];
  if (content.edgeCases.length > 0)
    children.push(
      ...details(`Edge cases (${content.edgeCases.length})`, [
        list(
          content.edgeCases.map((edge) =>
            edge.action === ""
              ? [text(edge.case)]
              : [strong(edge.case), text(`: ${edge.action}`)],
          ),
        ),
      ]),
    );
  if (content.definitionOfDone.length > 0)
    children.push(
      heading(2, "Definition of done"),
      list(content.definitionOfDone.map((done) => box([paragraph(done)]))),
    );
  // Text from the SOP notifies nobody: a run is read by many, mentions in it are quotes.
  const body = stringifyMarkdown(
    inertMentions({ tree: root(children), keep: [] }),
  );
  return {
    title: `Run: ${title}${period === null ? "" : ` (${period.replace("T", " ")})`}`,
    body: `${body}\n${runMarker(key)}\n`,
    labels: [RUN_LABEL],
    key,
  };
}

function stepItem(input: {
  step: SopStep;
  number: number;
  roles: string[];
  prerequisites: string[];
}): ListItem {
  const { step, number } = input;
  const hints = stepHints(input);
  const said: PhrasingContent[] = [
    strong(`${number}.`),
    text(` ${step.action}`),
  ];
  const who = [
    ...(hints.role === null ? [] : [`Role: ${hints.role}`]),
    ...(hints.tools.length === 0 ? [] : [`Tool: ${hints.tools.join(", ")}`]),
  ];
  if (who.length > 0)
    said.push(text(" — "), {
      type: "emphasis",
      children: [text(who.join(" · "))],
    });
  const children: BlockContent[] = [paragraph(...said)];
  for (const caution of step.cautions ?? [])
    children.push({
      type: "blockquote",
      children: [paragraph(strong("⚠️ Caution:"), text(` ${caution}`))],
    });
  if (step.substeps.length > 0) children.push(list(step.substeps));
  return box(children);
}

/** The SOP's safety rules, highlighted before the first box. */
function safety(cautions: string[]): RootContent[] {
  if (cautions.length === 0) return [];
  return [
    {
      type: "blockquote",
      children: [paragraph(strong("⚠️ Safety and cautions")), list(cautions)],
    },
  ];
}

function box(children: BlockContent[]): ListItem {
  return { ...listItem(children), checked: false };
}
