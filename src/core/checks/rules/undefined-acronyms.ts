import type { RootContent } from "mdast";
import { findAcronyms } from "../../capture/free-text/acronyms.js";
import { nodeText } from "../../sop/node-text.js";
import { findSection } from "../../sop/find-section.js";
import { SECTION } from "../../sop/sop-sections.js";
import { documentStart, findingAt } from "../check-rule.js";
import type { DocumentedRule } from "./rule-docs.js";

// Where a reader meets an acronym while following the SOP.
const READ = [
  SECTION.purpose,
  SECTION.trigger,
  SECTION.roles,
  SECTION.prerequisites,
  SECTION.safety,
  SECTION.steps,
  SECTION.edgeCases,
  SECTION.definitionOfDone,
];

export const undefinedAcronyms: DocumentedRule = {
  id: "undefined-acronyms",
  severity: "warning",
  description:
    'Every acronym the SOP uses is in Definitions, or spelled out where it first appears ("Medication Administration Record (MAR)").',
  rationale:
    "CMR, SSCC, NBM or PRN are daily words to the person who wrote the process and unknown to the new hire who follows it.",
  ok: [
    {
      name: "defined",
      markdown: `## Definitions

- **MAR**: Medication Administration Record

## Steps

1. Open the MAR at the bed.
`,
    },
  ],
  notOk: [
    {
      name: "undefined",
      markdown: `## Steps

1. Check the CMR against the ASN.
`,
      messages: [
        '3:4: Unexpected undefined acronym "CMR", expected it in Definitions (or spelled out where it first appears)',
        '3:4: Unexpected undefined acronym "ASN", expected it in Definitions (or spelled out where it first appears)',
      ],
    },
  ],
  check({ parsed }) {
    const defined = new Set(
      (findSection(parsed, SECTION.definitions)?.nodes ?? [])
        .flatMap((node) => (node.type === "list" ? node.children : []))
        .map((item) => /^[^:]{1,40}/.exec(nodeText(item))?.[0].trim() ?? ""),
    );
    const blocks: RootContent[] = READ.flatMap(
      (name) => findSection(parsed, name)?.nodes ?? [],
    );
    const texts = blocks.map((node) => nodeText(node));
    return findAcronyms(texts)
      .filter(({ term }) => !defined.has(term))
      .map(({ term, context }) => {
        const block = blocks[texts.indexOf(context)];
        return findingAt({
          rule: undefinedAcronyms,
          at: firstLine(block, term) ?? documentStart(parsed),
          message: `Unexpected undefined acronym "${term}", expected it in Definitions (or spelled out where it first appears)`,
        });
      });
  },
};

/** The list item or block where the term first appears, for a precise position. */
function firstLine(
  block: RootContent | undefined,
  term: string,
): RootContent | null {
  if (block === undefined) return null;
  if (block.type !== "list") return block;
  const item = block.children.find((i) => nodeText(i).includes(term));
  const first = item?.children[0];
  return first ?? block;
}
