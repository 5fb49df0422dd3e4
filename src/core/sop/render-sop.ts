import type { List, ListItem, Root, RootContent } from "mdast";
import { markdownProcessor } from "./markdown-processor.js";
import { heading, list, prose } from "../markdown/md-builders.js";
import type { SopFile } from "./sop-schema.js";
import { SECTION } from "./sop-sections.js";
import {
  approvalParagraph,
  definitionItem,
  edgeCaseItem,
  frontMatterRecord,
  gapItem,
  recordTable,
  revisionTable,
  stepItem,
  textItem,
  yamlText,
} from "./sop-nodes.js";

/** The SOP file as Markdown: YAML front matter, then the body in the fixed section order. */
export function renderSop(file: SopFile): string {
  const tree: Root = {
    type: "root",
    children: [
      { type: "yaml", value: yamlText(frontMatterRecord(file.frontMatter)) },
      heading(1, file.content.title),
      ...SECTION_ORDER.flatMap((key) => {
        const body = sectionBody(key, file);
        return body === null ? [] : [heading(2, SECTION[key]), ...body];
      }),
    ],
  };
  return markdownProcessor.stringify(tree);
}

export type SectionName = keyof typeof SECTION;

/** The body sections in the order sopflow writes them. */
export const SECTION_ORDER: readonly SectionName[] = [
  "purpose",
  "scope",
  "trigger",
  "roles",
  "definitions",
  "prerequisites",
  "safety",
  "steps",
  "edgeCases",
  "records",
  "definitionOfDone",
  "openQuestions",
  "references",
  "approval",
  "revisionHistory",
];

/** A section's body as sopflow writes it; null when the section is left out (Open questions without gaps, empty Definitions, Safety, Records or References). */
export function sectionBody(
  key: SectionName,
  file: SopFile,
): RootContent[] | null {
  const { content } = file;
  switch (key) {
    case "purpose":
    case "scope":
    case "trigger":
      return prose(content[key]);
    case "roles":
    case "prerequisites":
    case "definitionOfDone":
      return items(content[key].map(textItem));
    case "steps":
      return items(content.steps.map(stepItem), true);
    case "edgeCases":
      return items(content.edgeCases.map(edgeCaseItem));
    case "definitions":
      // Sections only documents with something in them carry.
      return nonEmpty(items((content.definitions ?? []).map(definitionItem)));
    case "safety":
      return nonEmpty(items((content.cautions ?? []).map(textItem)));
    case "records":
      return (content.records ?? []).length > 0
        ? [recordTable(content.records ?? [])]
        : null;
    case "references":
      return nonEmpty(items((content.references ?? []).map(textItem)));
    case "approval":
      return [approvalParagraph(file.frontMatter.approval)];
    case "openQuestions":
      return content.gaps.length > 0 ? items(content.gaps.map(gapItem)) : null;
    case "revisionHistory":
      return [revisionTable(file.revisions)];
  }
}

function nonEmpty(body: List[]): List[] | null {
  return body.length === 0 ? null : body;
}

function items(children: ListItem[], ordered = false): List[] {
  return children.length === 0 ? [] : [list(children, ordered)];
}
