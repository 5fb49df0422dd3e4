import type { Blockquote, List, Root, RootContent } from "mdast";
import YAML from "yaml";
import { markdownProcessor } from "./markdown-processor.js";
import {
  bulletList,
  heading,
  list,
  listItem,
  paragraph,
  prose,
  strong,
  table,
  text,
} from "../markdown/md-builders.js";
import type {
  FrontMatter,
  SopContent,
  SopFile,
  SopStep,
} from "./sop-schema.js";
import { openQuestionLabel, SECTION } from "./sop-sections.js";

/** The SOP file as Markdown: YAML front matter, then the body in the fixed section order. */
export function renderSop(file: SopFile): string {
  const { content } = file;
  const tree: Root = {
    type: "root",
    children: [
      { type: "yaml", value: frontMatterYaml(file.frontMatter) },
      heading(1, content.title),
      ...section(SECTION.purpose, prose(content.purpose)),
      ...section(SECTION.scope, prose(content.scope)),
      ...section(SECTION.trigger, prose(content.trigger)),
      ...section(SECTION.roles, bulletList(content.roles)),
      ...optionalSection(SECTION.definitions, definitionList(content)),
      ...section(SECTION.prerequisites, bulletList(content.prerequisites)),
      ...optionalSection(SECTION.safety, bulletList(content.cautions ?? [])),
      ...section(SECTION.steps, stepList(content.steps)),
      ...section(SECTION.edgeCases, edgeCaseList(content)),
      ...section(
        SECTION.definitionOfDone,
        bulletList(content.definitionOfDone),
      ),
      ...(content.gaps.length > 0
        ? section(SECTION.openQuestions, gapList(content))
        : []),
      ...section(SECTION.revisionHistory, [
        table(
          ["Version", "Date", "Author", "Change"],
          file.revisions.map((r) => [r.version, r.date, r.author, r.change]),
        ),
      ]),
    ],
  };
  return markdownProcessor.stringify(tree);
}

function section(title: string, body: RootContent[]): RootContent[] {
  return [heading(2, title), ...body];
}

/** A section that only documents with something in it carry (Definitions, Safety and cautions). */
function optionalSection(title: string, body: RootContent[]): RootContent[] {
  return body.length === 0 ? [] : section(title, body);
}

function definitionList(content: SopContent): List[] {
  const definitions = content.definitions ?? [];
  if (definitions.length === 0) return [];
  return [
    list(definitions.map((d) => [strong(d.term), text(`: ${d.meaning}`)])),
  ];
}

/** Keys in schema order so the same front matter always yields the same bytes. */
function frontMatterYaml(fm: FrontMatter): string {
  const ordered = {
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
      fm.approval === null
        ? null
        : { by: fm.approval.by, at: fm.approval.at, link: fm.approval.link },
  };
  return YAML.stringify(ordered, { lineWidth: 0 }).trimEnd();
}

function stepList(steps: SopStep[]): List[] {
  if (steps.length === 0) return [];
  const items = steps.map((step) =>
    listItem([
      // A caution stands right before the step it guards, so it is read first.
      ...(step.cautions ?? []).map((caution): Blockquote => ({
        type: "blockquote",
        children: [paragraph(strong("Caution:"), text(` ${caution}`))],
      })),
      paragraph(step.action),
      ...(step.substeps.length > 0 ? [list(step.substeps, true)] : []),
    ]),
  );
  return [list(items, true)];
}

function edgeCaseList(content: SopContent): List[] {
  if (content.edgeCases.length === 0) return [];
  return [
    list(
      content.edgeCases.map((edge) => [
        strong(edge.case),
        text(`: ${edge.action}`),
      ]),
    ),
  ];
}

function gapList(content: SopContent): List[] {
  return [
    list(
      content.gaps.map((gap) => [
        strong(openQuestionLabel(gap.questionId)),
        text(` ${gap.text}`),
      ]),
    ),
  ];
}
