import type { Answer } from "../capture/capture-schema.js";
import type { Feedback } from "../ports/model.js";
import type { TaskState } from "./state-labels.js";
import type { LifecycleRequest } from "../revise/lifecycle-request.js";

export interface ApprovalRecord {
  reviewId: string;
  by: string;
  at: string;
  sha: string;
}

export interface PublishOverride {
  by: string;
  /** What blocked publishing, e.g. "2 error findings". */
  blockers: string[];
}

/** What the workflow decided to do next for a task. */
export type Action =
  | {
      kind: "capture";
      revision: number;
      answers: Answer[];
      /** Parts of the new comments that changed nothing, and why (echoed in the note). */
      unused?: string[];
      inputs: string[];
      /** A revision, confirmation or retirement of a published SOP: the capture starts from its file. */
      lifecycle?: LifecycleRequest;
    }
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
      /** What would have blocked publishing, when an approver overrode it explicitly. */
      override?: PublishOverride;
    }
  | { kind: "record-publish"; mergeSha: string; approval: ApprovalRecord }
  | {
      kind: "cancel";
      reason: string;
      inputs: string[];
      closeIssue: boolean;
      /** Close the draft pull request and delete its branch (`/sop cancel`). */
      cleanUp?: boolean;
    }
  | { kind: "reply"; body: string; inputs: string[] }
  | { kind: "finish"; state: TaskState; closeIssue: boolean }
  | { kind: "wait"; state: TaskState | null; reason: string };
