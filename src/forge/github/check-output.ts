import type { CheckReport } from "../../core/ports/forge.js";
import type { Finding } from "../../core/checks/finding.js";
import { ruleUrl } from "../../core/checks/rule-url.js";

/** GitHub takes at most this many annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

const LEVELS = {
  error: "failure",
  warning: "warning",
  suggestion: "notice",
} as const;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: (typeof LEVELS)[Finding["severity"]];
  message: string;
  title: string;
  /** The link to the rule's section in docs/rules.md (GitHub shows it under the annotation). */
  raw_details: string;
}

export interface CheckOutput {
  conclusion: "success" | "failure";
  title: string;
  summary: string;
  /** Annotations in request-sized batches (at least one batch, maybe empty). */
  batches: CheckAnnotation[][];
}

/**
 * The walkthrough as a check run: errors fail it; warnings and suggestions
 * are advice on the diff and leave it green.
 */
export function checkOutput(report: CheckReport): CheckOutput {
  const count = (severity: Finding["severity"]) =>
    report.findings.filter((f) => f.severity === severity).length;
  const parts = [
    plural(count("error"), "error"),
    plural(count("warning"), "warning"),
    plural(count("suggestion"), "suggestion"),
  ].filter(Boolean);
  const annotations = report.findings.map((f) => ({
    path: report.path,
    start_line: Math.max(1, f.line),
    end_line: Math.max(1, f.line),
    annotation_level: LEVELS[f.severity],
    message: f.message,
    title: f.ruleId,
    raw_details: `What ${f.ruleId} wants, why, and examples: ${ruleUrl(f.ruleId)}`,
  }));
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return {
    conclusion: count("error") > 0 ? "failure" : "success",
    title: parts.length ? parts.join(", ") : "Every walkthrough check passes",
    summary: report.summary,
    batches: batches.length ? batches : [[]],
  };
}

function plural(n: number, word: string): string {
  return n === 0 ? "" : `${n} ${word}${n === 1 ? "" : "s"}`;
}
