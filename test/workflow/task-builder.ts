import {
  ConfigSchema,
  type ConfigInput,
} from "../../src/core/config/config-schema.js";
import { hashText } from "../../src/core/notes/hash-text.js";
import { encodeNote } from "../../src/core/notes/encode-note.js";
import type { NoteStep } from "../../src/core/notes/note-header.js";
import type {
  PullSnapshot,
  Role,
  TaskComment,
  TaskReview,
  TaskSnapshot,
} from "../../src/core/ports/forge.js";
import { decide } from "../../src/core/workflow/decide.js";
import { buildTaskView } from "../../src/core/workflow/task-view.js";

let clock = 0;
const tick = () =>
  new Date(Date.UTC(2026, 10, 26, 9, 0, clock++)).toISOString();

/** A task snapshot built step by step, the way GitHub would hold it. */
export function taskBuilder(init: Partial<TaskSnapshot> = {}) {
  const snapshot: TaskSnapshot = {
    number: 7,
    url: "https://github.com/acme/docs/issues/7",
    title: "SOP: Customer onboarding",
    body: "### Process name\n\nCustomer onboarding",
    author: "olivia",
    open: true,
    labels: ["sop"],
    comments: [],
    pull: null,
    baseBranch: "main",
    ...init,
  };
  let ids = 100;
  const builder = {
    snapshot,
    note(
      step: NoteStep,
      revision: number,
      data: unknown,
      inputs: string[] = [],
    ) {
      for (const body of encodeNote({
        step,
        revision,
        inputs,
        provider: "offline",
        model: "m",
        calls: 0,
        tokensIn: 0,
        tokensOut: 0,
        at: tick(),
        body: `${step} ${revision}`,
        data,
      })) {
        snapshot.comments.push({
          id: String(ids++),
          author: "sopflow[bot]",
          authorKind: "self",
          body,
          createdAt: tick(),
        });
      }
      return builder;
    },
    /** A capture note made from the current request. */
    captured(
      revision: number,
      questions: { id: number; about: string; text: string }[] = [],
      inputs: string[] = [],
    ) {
      return builder.note(
        "capture",
        revision,
        {
          ...capture(questions),
          request: hashText(`${snapshot.title}\n${snapshot.body}`),
        },
        inputs,
      );
    },
    comment(
      author: string,
      body: string,
      authorKind: TaskComment["authorKind"] = "human",
    ) {
      snapshot.comments.push({
        id: String(ids++),
        author,
        authorKind,
        body,
        createdAt: tick(),
      });
      return builder;
    },
    pull(pull: Partial<PullSnapshot> = {}) {
      snapshot.pull = {
        number: 8,
        url: "https://github.com/acme/docs/pull/8",
        branch: "sopflow/7-customer-onboarding",
        headSha: "a".repeat(40),
        state: "open",
        mergeSha: null,
        mergedBy: null,
        reviews: [],
        reviewComments: [],
        ...pull,
      };
      return builder;
    },
    review(review: Partial<TaskReview> & Pick<TaskReview, "author" | "state">) {
      snapshot.pull?.reviews.push({
        id: String(ids++),
        authorKind: "human",
        commitId: snapshot.pull.headSha,
        body: "",
        submittedAt: tick(),
        ...review,
      });
      return builder;
    },
    decide(
      options: {
        config?: ConfigInput;
        roles?: Record<string, Role>;
        teamMembers?: string[];
        recordedHead?: { sha: string; matches: boolean };
      } = {},
    ) {
      return decide({
        view: buildTaskView(snapshot),
        config: ConfigSchema.parse(options.config ?? {}),
        roles: new Map(Object.entries(options.roles ?? {})),
        teamMembers: new Set(options.teamMembers ?? []),
        ...(options.recordedHead && { recordedHead: options.recordedHead }),
      });
    },
  };
  return builder;
}

export const capture = (
  questions: { id: number; about: string; text: string }[] = [],
) => ({
  capture: {
    name: "Customer onboarding",
    purpose: "A new customer can log in",
    roles: ["Support lead"],
    trigger: "A contract is signed",
    steps: [
      {
        text: "Create the account in Stripe",
        tools: ["Stripe"],
        access: [],
        tribal: false,
        clarification: null,
      },
    ],
    tools: [{ name: "Stripe", access: "admin" }],
    pitfalls: [],
    definitionOfDone: "The customer logged in",
    notes: [],
    questions,
    nextQuestionId: questions.length + 1,
  },
  request: "",
});

export const draftData = {
  path: "docs/sops/customer-onboarding.md",
  branch: "sopflow/7-customer-onboarding",
  commit: "a".repeat(40),
  pull: 8,
  title: "Customer onboarding",
};
export const admin: Role = { roleName: "admin", permission: "admin" };
