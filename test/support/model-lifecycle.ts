// Hand-written model answers for whole SOP lifecycles (test/fixtures/model-lifecycle/):
// one Chat Completions response per model call, in the order the workflow makes them.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { ScriptedResponse } from "./chat-server.js";

export const LIFECYCLES = ["on-call-handover", "customer-onboarding"] as const;
export type LifecycleName = (typeof LIFECYCLES)[number];

const UsageSchema = z.object({
  prompt_tokens: z.number().int().positive(),
  completion_tokens: z.number().int().positive(),
});

const ExchangeSchema = z.object({
  step: z.enum(["capture", "draft", "walkthrough"]),
  /** The revision of the note the call's answer ends up in. */
  revision: z.number().int().positive(),
  /** The walkthrough round (1-based); null for capture and draft. */
  round: z.number().int().positive().nullable(),
  response: z.object({
    status: z.literal(200),
    headers: z.record(z.string(), z.string()),
    body: z.looseObject({ usage: UsageSchema }),
  }),
});

const LifecycleSchema = z.object({
  /** Says, in the file, that no model produced these answers. */
  _note: z.string().startsWith("Hand-written"),
  description: z.string(),
  /** The request file, relative to the repository root. */
  request: z.string(),
  /** The answers file for the capture's questions, or null when nothing is asked. */
  answers: z.string().nullable(),
  /** The review that requested changes (and so a redraft), or null when the first draft was approved. */
  review: z
    .object({ id: z.string(), author: z.string(), body: z.string() })
    .nullable(),
  exchanges: z.array(ExchangeSchema).min(1),
});

export type LifecycleExchange = z.infer<typeof ExchangeSchema>;
export type Lifecycle = z.infer<typeof LifecycleSchema>;

const FIXTURES = new URL("../fixtures/model-lifecycle/", import.meta.url);
const ROOT = new URL("../../", import.meta.url);

export function loadLifecycle(name: LifecycleName): Lifecycle {
  const path = new URL(`${name}.json`, FIXTURES);
  try {
    return LifecycleSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  } catch (error) {
    throw new Error(`Could not load the lifecycle fixture ${path.pathname}`, {
      cause: error,
    });
  }
}

/** An absolute path for a path the fixture names relative to the repository root. */
export function repoPath(relative: string): string {
  return new URL(relative, ROOT).pathname;
}

/** The exchanges of one step, optionally one note revision, in call order. */
export function exchangesOf(
  lifecycle: Lifecycle,
  where: { step: LifecycleExchange["step"]; revision?: number },
): LifecycleExchange[] {
  return lifecycle.exchanges.filter(
    (e) =>
      e.step === where.step &&
      (where.revision === undefined || e.revision === where.revision),
  );
}

/** What the chat server replays for these exchanges. */
export function scriptOf(exchanges: LifecycleExchange[]): ScriptedResponse[] {
  return exchanges.map((e) => ({
    status: e.response.status,
    headers: e.response.headers,
    body: e.response.body,
  }));
}

/** Calls and tokens the exchanges record, as the notes should report them. */
export function usageOf(exchanges: LifecycleExchange[]): {
  calls: number;
  tokensIn: number;
  tokensOut: number;
} {
  return exchanges.reduce(
    (sum, e) => ({
      calls: sum.calls + 1,
      tokensIn: sum.tokensIn + e.response.body.usage.prompt_tokens,
      tokensOut: sum.tokensOut + e.response.body.usage.completion_tokens,
    }),
    { calls: 0, tokensIn: 0, tokensOut: 0 },
  );
}
