import { cautionBeforeStep } from "./caution-before-step.js";
import { edgeCaseAction } from "./edge-case-action.js";
import type { DocumentedRule } from "./rule-docs.js";
import { stepJunkText } from "./step-junk-text.js";
import { stepVagueWords } from "./step-vague-words.js";
import { undefinedAcronyms } from "./undefined-acronyms.js";

/**
 * The rules for what a first-timer trips over: vague words, pasted chat text,
 * edge cases without an action, checks after the step they guard, undefined
 * acronyms. Listed here until they join `rules` in index.ts (the fixture tests
 * of test/checks list every finding per file, so joining means updating them).
 */
export const qualityRules: readonly DocumentedRule[] = [
  stepJunkText,
  stepVagueWords,
  cautionBeforeStep,
  edgeCaseAction,
  undefinedAcronyms,
];
