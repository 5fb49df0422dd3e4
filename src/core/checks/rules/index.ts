import type { CheckRule } from "../check-rule.js";
import { captureCoverageRule } from "./capture-coverage.js";
import { definitionOfDone } from "./definition-of-done.js";
import { frontMatterComplete } from "./front-matter-complete.js";
import { frontMatterKnownKeys } from "./front-matter-known-keys.js";
import { noPlaceholders } from "./no-placeholders.js";
import { prerequisitesCoverTools } from "./prerequisites-cover-tools.js";
import { requiredSections } from "./required-sections.js";
import { revisionHistory } from "./revision-history.js";
import { sectionOrder } from "./section-order.js";
import { stepImperative } from "./step-imperative.js";
import { stepLength } from "./step-length.js";
import { stepNumbered } from "./step-numbered.js";
import { stepOneAction } from "./step-one-action.js";

/** Every walkthrough check, in the order their findings are grouped when on the same line. */
export const rules: readonly CheckRule[] = [
  frontMatterComplete,
  frontMatterKnownKeys,
  requiredSections,
  sectionOrder,
  stepNumbered,
  stepImperative,
  stepOneAction,
  stepLength,
  prerequisitesCoverTools,
  captureCoverageRule,
  definitionOfDone,
  noPlaceholders,
  revisionHistory,
];
