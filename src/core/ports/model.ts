import type { Answer, Capture } from "../capture/capture-schema.js";
import type { Finding } from "../checks/finding.js";
import type { SopContent } from "../sop/sop-schema.js";

/** Tokens and calls spent by one model operation. */
export interface Usage {
  calls: number;
  tokensIn: number;
  tokensOut: number;
}

export interface ModelIdentity {
  /** "offline" | "openai" | "github-models" | … */
  provider: string;
  model: string;
}

export interface ModelResult<T> {
  value: T;
  usage: Usage;
}

/** The issue (or local request) as the operator wrote it. Untrusted text. */
export interface RequestText {
  title: string;
  body: string;
}

/** Reviewer feedback that a redraft must address. */
export interface Feedback {
  /** Stable id, e.g. "review:123" or "comment:456". */
  id: string;
  author: string;
  body: string;
  /** For an inline comment: the file line it refers to and that line's text. */
  line: number | null;
  quote: string | null;
}

export interface CaptureInput {
  request: RequestText;
  /** The previous capture revision, or null on the first capture. */
  previous: Capture | null;
  answers: Answer[];
}

export interface DraftInput {
  capture: Capture;
  previous: SopContent | null;
  /** Feedback this draft must address. */
  feedback: Feedback[];
  /** Feedback earlier drafts already addressed, oldest first (a drafter that rebuilds from the capture re-applies it). */
  earlierFeedback: Feedback[];
}

/** A gap the first-timer walk found, in the model's words. */
export interface WalkFinding {
  /** 1-based step number, or null when it concerns the whole SOP. */
  step: number | null;
  missing: string;
  /** A model says "error" or "warning"; a check finding passed on keeps its rule's severity. */
  severity: Finding["severity"];
}

export interface WalkInput {
  capture: Capture;
  content: SopContent;
  /** What the deterministic checks still report. */
  findings: Finding[];
  /** The feedback the draft under walkthrough addressed. */
  feedback: Feedback[];
  earlierFeedback: Feedback[];
}

export interface WalkOutput {
  findings: WalkFinding[];
  content: SopContent;
  /** Per feedback id: how it was addressed. */
  addressed: { id: string; how: string }[];
}

/**
 * The Model port: the steps that need judgement. Adapters: the offline
 * drafter (deterministic, the embedded default) and OpenAI-compatible APIs.
 */
export interface Model {
  readonly identity: ModelIdentity;
  capture(input: CaptureInput): Promise<ModelResult<Capture>>;
  draft(input: DraftInput): Promise<ModelResult<SopContent>>;
  walkthrough(input: WalkInput): Promise<ModelResult<WalkOutput>>;
}
