import type { Answer } from "../capture/capture-schema.js";
import type { Feedback } from "../ports/model.js";
import type { TaskState } from "./state-labels.js";

export interface ApprovalRecord {
  reviewId: string;
  by: string;
  at: string;
  sha: string;
}

/** What the workflow decided to do next for a task. */
export type Action =
  | { kind: "capture"; revision: number; answers: Answer[]; inputs: string[] }
  | {
      kind: "draft";
      revision: number;
      feedback: Feedback[];
      earlierFeedback: Feedback[];
      inputs: string[];
    }
  | {
      kind: "walkthrough";
      revision: number;
      sha: string;
      feedback: Feedback[];
      earlierFeedback: Feedback[];
      inputs: string[];
    }
  | {
      kind: "publish";
      approval: ApprovalRecord;
      /** The head holds nothing but the app's own approval record on the approved commit (a publish that died before merging): merge it as it is. */
      recordedHead?: string;
    }
  | { kind: "record-publish"; mergeSha: string; approval: ApprovalRecord }
  | { kind: "cancel"; reason: string; inputs: string[]; closeIssue: boolean }
  | { kind: "reply"; body: string; inputs: string[] }
  | { kind: "finish"; state: TaskState; closeIssue: boolean }
  | { kind: "wait"; state: TaskState | null; reason: string };
