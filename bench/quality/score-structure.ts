import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { markdownProcessor } from "../../src/core/sop/markdown-processor.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import type { Expect } from "./corpus-expect.js";

export interface Check {
  what: string;
  met: boolean;
}

const flat = (text: string): string => text.replace(/\s+/g, " ").trim();
const has = (text: string, part: string): boolean =>
  flat(text).toLowerCase().includes(flat(part).toLowerCase());

/** The plain text of each h2 section of the rendered SOP, by lower-cased heading. */
function sectionTexts(markdown: string): Map<string, string> {
  const tree = markdownProcessor.parse(markdown);
  const sections = new Map<string, string>();
  let current: string | null = null;
  const parts: RootContent[] = [];
  const close = (): void => {
    if (current !== null)
      sections.set(current, parts.map((n) => toString(n)).join("\n"));
    parts.length = 0;
  };
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) {
      close();
      current = toString(node).toLowerCase();
    } else parts.push(node);
  }
  close();
  return sections;
}

function section(sections: Map<string, string>, ...names: string[]): string {
  return [...sections]
    .filter(([heading]) => names.some((n) => heading.includes(n)))
    .map(([, text]) => text)
    .join("\n");
}

/** The facts of the request that the SOP kept verbatim (case as written, spacing ignored). */
export function scoreFacts(markdown: string, expect: Expect): Check[] {
  const text = flat(toString(markdownProcessor.parse(markdown)));
  // Verbatim, except that a fact may start a sentence with a capital.
  return expect.facts.map((fact) => {
    const f = flat(fact);
    const capital = f.charAt(0).toUpperCase() + f.slice(1);
    return {
      what: `fact "${fact}"`,
      met: text.includes(f) || text.includes(capital),
    };
  });
}

/** Every structure expectation of the entry, met or not, judged on the SOP as published. */
export function scoreStructure(markdown: string, expect: Expect): Check[] {
  const { content } = parseSop(markdown).file;
  const sections = sectionTexts(markdown);
  const steps = content.steps.map((s) => [s.action, ...s.substeps]);
  const stepText = steps.map((parts) => parts.join(" "));
  const firstStep = (part: string): number =>
    stepText.findIndex((text) => has(text, part));
  const procedure = flat(section(sections, "procedure", "steps")).toLowerCase();
  const safety = section(sections, "safety", "caution");
  const conditional = steps
    .flat()
    .filter((text) => /^(?:if|when|whenever|unless)\b/i.test(text.trim()));
  const edges = [
    ...content.edgeCases.map((e) => `${e.case} ${e.action}`),
    ...conditional,
  ];
  return [
    ...expect.title.map((word) => ({
      what: `title holds "${word}"`,
      met: has(content.title, word),
    })),
    ...expect.roles.map((role) => ({
      what: `role "${role}"`,
      met: content.roles.some((r) => has(r, role)),
    })),
    ...expect.trigger.map((part) => ({
      what: `trigger "${part}"`,
      met: has(content.trigger, part),
    })),
    {
      what: `at least ${expect.min_steps} steps (${content.steps.length})`,
      met: content.steps.length >= expect.min_steps,
    },
    // "Originally described as: …" keeps the operator's words as provenance, not as an instruction.
    ...expect.not_steps.map((text) => ({
      what: `no step holds "${text}"`,
      met: !steps
        .flat()
        .some((s) => has(s, text) && !s.startsWith("Originally described as:")),
    })),
    ...expect.edge_cases.map((text) => ({
      what: `edge case "${text}"`,
      met: edges.some((e) => has(e, text)),
    })),
    ...expect.cautions.flatMap((c) => [
      { what: `caution "${c.text}"`, met: has(safety, c.text) },
      ...(c.before === undefined
        ? []
        : [
            {
              what: `caution "${c.text}" before "${c.before}"`,
              met: cautionBefore(procedure, c.text, c.before),
            },
          ]),
    ]),
    ...expect.records.map((text) => ({
      what: `record "${text}"`,
      met: (content.records ?? []).some((r) => has(r.what, text)),
    })),
    ...expect.order.map(([a, b]) => ({
      what: `"${a}" before "${b}"`,
      met:
        firstStep(a) >= 0 && firstStep(b) >= 0 && firstStep(a) < firstStep(b),
    })),
  ];
}

function cautionBefore(
  procedure: string,
  caution: string,
  before: string,
): boolean {
  const at = procedure.indexOf(flat(caution).toLowerCase());
  const step = procedure.indexOf(flat(before).toLowerCase());
  return at >= 0 && step >= 0 && at < step;
}
