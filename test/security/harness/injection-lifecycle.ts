import { exampleRequest } from "../../app/app-harness.js";
import type { GitHubDouble } from "../../support/github-double/github-double.js";
import { commitAt } from "../../support/github-double/state/git.js";
import { actorLogin } from "./actors.js";
import { MAINTAINER, OPERATOR } from "./app-run.js";
import type { InjectionCase } from "./injection-case.js";

export type Delivery = { id: string; name: string; payload: unknown };
export type LifecycleEvent = (double: GitHubDouble) => Delivery;
export type ModelKind = "offline" | "openai";

export const TASK = 1;
export const PULL = 2;

/** What each slot holds in a benign run of the same shape. */
const BENIGN: Record<InjectionCase["slot"], string | null> = {
  title: null,
  body: "Ask in #oncall if anything is unclear.",
  step: "Close the handover page",
  comment: "Thanks, I will answer the questions tomorrow.",
  "late-comment": "Looks good to me.",
  review: "Step 2 needs more detail.",
  "model-output": null,
  "model-error": null,
};

/** The slot's text for the hostile run, or for the benign run of the same shape. */
export function slotText(
  entry: InjectionCase,
  hostile: boolean,
): string | null {
  return hostile ? entry.text : (entry.benign ?? BENIGN[entry.slot]);
}

/**
 * The request the lifecycle opens: the on-call handover example (it asks
 * questions, so `/sop draft` moves it on) for the offline drafter, and the
 * customer onboarding example (no questions) whose model answers are hand-written fixtures.
 */
function request(input: {
  slot: InjectionCase["slot"];
  text: string | null;
  model: ModelKind;
}): { title: string; body: string } {
  const base = exampleRequest(
    input.model === "openai" ? "customer-onboarding" : "on-call-handover",
  );
  if (input.text === null) return base;
  if (input.slot === "title") return { ...base, title: input.text };
  if (input.slot === "body")
    return { ...base, body: `${base.body.trimEnd()}\n\n${input.text}\n` };
  if (input.slot === "step")
    return { ...base, body: withStep(base.body, input.text) };
  return base;
}

/** Adds a step after the request's last numbered line. */
function withStep(body: string, step: string): string {
  const lines = body.split("\n");
  const last = lines.findLastIndex((l) => /^\d+\. /.test(l));
  const next = Number(/^(\d+)\./.exec(lines[last] ?? "")?.[1] ?? 0) + 1;
  lines.splice(last + 1, 0, `${next}. ${step}`);
  return lines.join("\n");
}

/** The task's SOP file at the pull request's head, and the line its step 2 is on. */
function stepTwo(double: GitHubDouble): { path: string; line: number } {
  const head = double.issue(PULL)?.pull?.headSha ?? "";
  const files = commitAt(double.repo, head)?.files ?? new Map<string, string>();
  const path = [...files.keys()].find((p) => p.startsWith("docs/sops/")) ?? "";
  const line =
    (files.get(path) ?? "").split("\n").findIndex((l) => l.startsWith("2. ")) +
    1;
  return { path, line };
}

/**
 * The events of one lifecycle, as the people involved act: the hostile text
 * (or the benign one) sits in the case's slot, and every lifecycle ends with
 * the maintainer's approval — except a model failure, which ends at once.
 */
export function lifecycleEvents(input: {
  entry: InjectionCase;
  model: ModelKind;
  hostile: boolean;
}): LifecycleEvent[] {
  const { entry, model } = input;
  const text = slotText(entry, input.hostile);
  const open: LifecycleEvent = (d) =>
    d.openIssue({
      ...request({ slot: entry.slot, text, model }),
      author: OPERATOR,
      labels: ["sop"],
    });
  const approve: LifecycleEvent = (d) =>
    d.submitReview({ pull: PULL, author: MAINTAINER, state: "approved" });
  // The offline drafter asks questions about the on-call request; the hand-written model answers ask none.
  const draft: LifecycleEvent[] =
    model === "offline"
      ? [
          (d) =>
            d.comment({ issue: TASK, author: OPERATOR, body: "/sop draft" }),
        ]
      : [];
  const said: LifecycleEvent = (d) =>
    d.comment({
      issue: TASK,
      author: actorLogin(d, entry.actor),
      body: text ?? "",
    });
  switch (entry.slot) {
    case "comment":
      return [open, said, ...draft, approve];
    case "late-comment":
      return [open, ...draft, said, approve];
    case "review":
      return [
        open,
        ...draft,
        (d) =>
          d.submitReview({
            pull: PULL,
            author: MAINTAINER,
            state: "changes_requested",
            body: text ?? "",
            comments: [{ ...stepTwo(d), body: text ?? "" }],
          }),
        approve,
      ];
    case "model-error":
      return [open];
    // The text sits in the request itself (or comes from the model): no event of its own.
    case "title":
    case "body":
    case "step":
    case "model-output":
      return [open, ...draft, approve];
  }
}
