import type { CheckRule } from "../check-rule.js";
import { captureCoverageRule } from "./capture-coverage.js";
import { cautionBeforeStep } from "./caution-before-step.js";
import { definitionOfDone } from "./definition-of-done.js";
import { edgeCaseAction } from "./edge-case-action.js";
import { frontMatterComplete } from "./front-matter-complete.js";
import { frontMatterKnownKeys } from "./front-matter-known-keys.js";
import { noPlaceholders } from "./no-placeholders.js";
import { prerequisitesCoverTools } from "./prerequisites-cover-tools.js";
import { requiredSections } from "./required-sections.js";
import { revisionHistory } from "./revision-history.js";
import { sectionOrder } from "./section-order.js";
import { stepImperative } from "./step-imperative.js";
import { stepJunkText } from "./step-junk-text.js";
import { stepLength } from "./step-length.js";
import { stepNumbered } from "./step-numbered.js";
import { stepOneAction } from "./step-one-action.js";
import { stepVagueWords } from "./step-vague-words.js";
import { undefinedAcronyms } from "./undefined-acronyms.js";

/** Every walkthrough check, in the order their findings are grouped when on the same line. */
export const rules: readonly CheckRule[] = [
  frontMatterComplete,
  frontMatterKnownKeys,
  requiredSections,
  sectionOrder,
  stepNumbered,
  stepJunkText,
  stepImperative,
  stepOneAction,
  stepLength,
  stepVagueWords,
  cautionBeforeStep,
  prerequisitesCoverTools,
  captureCoverageRule,
  edgeCaseAction,
  definitionOfDone,
  noPlaceholders,
  revisionHistory,
  undefinedAcronyms,
];
