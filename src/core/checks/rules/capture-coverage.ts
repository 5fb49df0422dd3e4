import { findSection } from "../../sop/find-section.js";
import { SECTION } from "../../sop/sop-sections.js";
import type { CoverageKind } from "../measure-coverage.js";
import { measureCoverage } from "../measure-coverage.js";
import type { CheckRule } from "../check-rule.js";
import { documentStart, findingAt } from "../check-rule.js";

const WHERE: Record<
  Exclude<CoverageKind, "tool">,
  { label: string; section: string }
> = {
  step: { label: "step", section: SECTION.steps },
  pitfall: { label: "pitfall", section: SECTION.edgeCases },
  "definition-of-done": {
    label: "definition of done",
    section: SECTION.definitionOfDone,
  },
  trigger: { label: "trigger", section: SECTION.trigger },
};

export const captureCoverageRule: CheckRule = {
  id: "capture-coverage",
  severity: "error",
  description:
    "Nothing captured is lost: every captured step, pitfall, trigger and definition of done appears in the SOP " +
    "(tools are checked by prerequisites-cover-tools; needs the capture).",
  check({ parsed, capture }) {
    if (capture === null) return [];
    return measureCoverage({ capture, content: parsed.file.content }).flatMap(
      (entry) => {
        if (entry.covered || entry.kind === "tool") return [];
        const where = WHERE[entry.kind];
        const at =
          findSection(parsed, where.section)?.heading ?? documentStart(parsed);
        const message = `Unexpected missing captured ${where.label} "${entry.item}", expected it covered in ${where.section}`;
        return [findingAt({ rule: captureCoverageRule, at, message })];
      },
    );
  },
};
