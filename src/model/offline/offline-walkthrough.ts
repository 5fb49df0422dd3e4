import { quoteText } from "../../core/capture/quote-text.js";
import { measureCoverage } from "../../core/checks/measure-coverage.js";
import type { Finding } from "../../core/checks/finding.js";
import { fixContent } from "../../core/checks/fix-content.js";
import { nonImperativeStart } from "../../core/checks/imperative-start.js";
import type {
  WalkFinding,
  WalkInput,
  WalkOutput,
} from "../../core/ports/model.js";
import type { SopContent } from "../../core/sop/sop-schema.js";
import { draftSop } from "./draft-sop.js";

// Rules whose findings the fixes may have settled: they are judged again on the fixed content.
const RECHECKED = new Set([
  "capture-coverage",
  "prerequisites-cover-tools",
  "step-imperative",
]);

/**
 * The offline walkthrough: apply the fixes that need no judgement (missing
 * tools and access into Prerequisites, handled pitfalls into Edge cases,
 * narrated step openings), then report every gap left — coverage misses,
 * steps that still do not start with a verb, and every other check finding.
 */
export function offlineWalkthrough(input: WalkInput): WalkOutput {
  const { content } = fixContent({
    content: input.content,
    capture: input.capture,
  });
  const coverage = measureCoverage({ capture: input.capture, content })
    .filter((entry) => !entry.covered)
    .map((entry): WalkFinding => ({
      step: null,
      missing: `The captured ${entry.kind.replace(/-/g, " ")} "${quoteText(entry.item)}" is not in the SOP`,
      severity: "error",
    }));
  const passedOn = input.findings
    .filter((finding) => !RECHECKED.has(finding.ruleId))
    .map(fromFinding);
  const fresh = new Set(input.feedback.map((f) => f.id));
  const addressed = draftSop({
    capture: input.capture,
    feedback: [...input.earlierFeedback, ...input.feedback],
  }).addressed.filter((a) => fresh.has(a.id));
  return {
    findings: [...coverage, ...notImperative(content), ...passedOn],
    content,
    addressed,
  };
}

function notImperative(content: SopContent): WalkFinding[] {
  return content.steps.flatMap((step, i) =>
    [step.action, ...step.substeps].flatMap((text): WalkFinding[] => {
      const problem = nonImperativeStart(text);
      if (problem === null) return [];
      return [
        {
          step: i + 1,
          missing: `Step ${i + 1} does not start with an instruction ("${problem.word}"): "${quoteText(text)}"`,
          severity: "error",
        },
      ];
    }),
  );
}

function fromFinding(finding: Finding): WalkFinding {
  const step = /\bstep (\d+)/i.exec(finding.message)?.[1];
  return {
    step: step === undefined ? null : Number(step),
    missing: `${finding.message} (${finding.ruleId}, line ${finding.line})`,
    severity: finding.severity,
  };
}
