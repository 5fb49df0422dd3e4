import { quoteText } from "../../core/capture/quote-text.js";
import { measureCoverage } from "../../core/checks/measure-coverage.js";
import { fixContent } from "../../core/checks/fix-content.js";
import { nonImperativeStart } from "../../core/checks/imperative-start.js";
import type {
  WalkFinding,
  WalkInput,
  WalkOutput,
} from "../../core/ports/model.js";
import type { SopContent } from "../../core/sop/sop-schema.js";
import { draftSop } from "./draft-sop.js";

/**
 * The offline walkthrough: apply the fixes that need no judgement (missing
 * tools and access into Prerequisites, handled pitfalls into Edge cases,
 * narrated step openings), then report the gaps the checks do not: coverage
 * misses and steps that still do not start with a verb. The check findings
 * themselves are judged again on the final file by the walkthrough step and
 * listed once, in the note and the check run.
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
  const fresh = new Set(input.feedback.map((f) => f.id));
  const addressed = draftSop({
    capture: input.capture,
    feedback: [...input.earlierFeedback, ...input.feedback],
  }).addressed.filter((a) => fresh.has(a.id));
  return {
    findings: [...coverage, ...notImperative(content)],
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
