// Replays the hand-written model answers (test/fixtures/model-lifecycle/) through the real openai
// client against the loopback chat server and prints model calls and tokens per SOP and per step
// pass. Exit 1 when a pass makes more calls than one plus one per self-fix round, or an SOP costs
// more than 20k tokens (the budgets).
import { readFileSync } from "node:fs";
import type { Capture } from "../src/core/capture/capture-schema.js";
import { parseAnswers } from "../src/core/capture/parse-answers.js";
import { ConfigSchema } from "../src/core/config/config-schema.js";
import type { Feedback, Model, Usage } from "../src/core/ports/model.js";
import type { SopContent } from "../src/core/sop/sop-schema.js";
import { addUsage } from "../src/core/workflow/steps/post-note.js";
import { createOpenAIModel } from "../src/model/openai/openai-model.js";
import { readRequestFile } from "../src/shells/cli/read-request-file.js";
import { startChatServer } from "../test/support/chat-server.js";
import {
  LIFECYCLES,
  loadLifecycle,
  repoPath,
  scriptOf,
  type Lifecycle,
  type LifecycleExchange,
} from "../test/support/model-lifecycle.js";

const TOKEN_BUDGET = 20_000;
const { walkthrough_rounds: rounds } = ConfigSchema.parse({});

interface Pass {
  step: LifecycleExchange["step"];
  revision: number;
  usage: Usage;
}

/** Drives the Model port through one lifecycle, each call fed what the previous ones produced. */
class Replay {
  private capture: Capture | null = null;
  private content: SopContent | null = null;

  constructor(
    private readonly model: Model,
    private readonly lifecycle: Lifecycle,
    private readonly request: { title: string; body: string },
  ) {}

  get steps(): number {
    return this.content?.steps.length ?? 0;
  }

  async call(exchange: LifecycleExchange): Promise<Usage> {
    const { review } = this.lifecycle;
    // A second draft (and its walkthrough) answers the review that asked for changes.
    const feedback: Feedback[] =
      exchange.revision > 1 && review
        ? [{ ...review, line: null, quote: null }]
        : [];
    if (exchange.step === "capture") {
      const answers =
        this.capture && this.lifecycle.answers
          ? parseAnswers({
              text: readFileSync(repoPath(this.lifecycle.answers), "utf8"),
              open: this.capture.questions,
            })
          : [];
      const result = await this.model.capture({
        request: this.request,
        previous: this.capture,
        answers,
      });
      this.capture = result.value;
      return result.usage;
    }
    if (!this.capture)
      throw new Error(
        `Unexpected ${exchange.step} before any capture in the fixture, expected capture first`,
      );
    if (exchange.step === "draft") {
      const result = await this.model.draft({
        capture: this.capture,
        previous: this.content,
        feedback,
        earlierFeedback: [],
      });
      this.content = result.value;
      return result.usage;
    }
    if (!this.content)
      throw new Error(
        "Unexpected walkthrough before any draft in the fixture, expected draft first",
      );
    const result = await this.model.walkthrough({
      capture: this.capture,
      content: this.content,
      findings: [],
      feedback,
      earlierFeedback: [],
    });
    this.content = result.value.content;
    return result.usage;
  }
}

async function replay(
  lifecycle: Lifecycle,
): Promise<{ passes: Pass[]; steps: number }> {
  const server = await startChatServer(scriptOf(lifecycle.exchanges));
  try {
    const model = createOpenAIModel({
      provider: "openai-compatible",
      model: "gpt-4.1-mini",
      apiKey: "bench-key",
      baseURL: server.baseURL,
      timeoutMs: 10_000,
      stepDeadlineMs: 30_000,
    });
    const run = new Replay(
      model,
      lifecycle,
      await readRequestFile(repoPath(lifecycle.request)),
    );
    const passes: Pass[] = [];
    for (const exchange of lifecycle.exchanges) {
      const usage = await run.call(exchange);
      const pass = passes.find(
        (p) => p.step === exchange.step && p.revision === exchange.revision,
      );
      if (pass) pass.usage = addUsage(pass.usage, usage);
      else
        passes.push({
          step: exchange.step,
          revision: exchange.revision,
          usage,
        });
    }
    const calls = passes.reduce((sum, p) => sum + p.usage.calls, 0);
    if (calls !== server.requests.length || server.pending() !== 0) {
      throw new Error(
        `Unexpected ${server.requests.length} requests for ${calls} counted calls (${server.pending()} answers unused), expected one request per call`,
      );
    }
    return { passes, steps: run.steps };
  } finally {
    await server.close();
  }
}

const n = (value: number) => value.toLocaleString("en");
const row = (cells: (string | number)[]) =>
  `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(15) : String(c).padStart(10))).join(" | ")} |`;
const total = (passes: Pass[]) =>
  passes.reduce((sum, p) => addUsage(sum, p.usage), {
    calls: 0,
    tokensIn: 0,
    tokensOut: 0,
  });

console.log(
  `bench/model-cost: hand-written lifecycles replayed through the openai client against a loopback server`,
);
console.log(
  `budget: at most 1 call per step pass + 1 per self-fix round (walkthrough_rounds ${rounds}); at most ${n(TOKEN_BUDGET)} tokens per SOP\n`,
);
const problems: string[] = [];
for (const name of LIFECYCLES) {
  const lifecycle = loadLifecycle(name);
  const { passes, steps } = await replay(lifecycle);
  console.log(
    `${name} (${lifecycle.request}, ${steps} steps in the final SOP)`,
  );
  console.log(row(["step pass", "calls", "tokens in", "tokens out"]));
  console.log(
    `| ${"-".repeat(15)} | ${["", "", ""].map(() => "-".repeat(10)).join(" | ")} |`,
  );
  for (const pass of passes) {
    console.log(
      row([
        `${pass.step} ${pass.revision}`,
        pass.usage.calls,
        n(pass.usage.tokensIn),
        n(pass.usage.tokensOut),
      ]),
    );
    const allowed = 1 + (pass.step === "walkthrough" ? rounds - 1 : 0);
    if (pass.usage.calls > allowed)
      problems.push(
        `${name}: ${pass.step} ${pass.revision} made ${pass.usage.calls} calls, expected at most ${allowed}`,
      );
  }
  for (const step of ["capture", "draft", "walkthrough"] as const) {
    const usage = total(passes.filter((p) => p.step === step));
    console.log(
      row([`all ${step}`, usage.calls, n(usage.tokensIn), n(usage.tokensOut)]),
    );
  }
  const sum = total(passes);
  const tokens = sum.tokensIn + sum.tokensOut;
  console.log(row(["SOP total", sum.calls, n(sum.tokensIn), n(sum.tokensOut)]));
  console.log(
    `${n(tokens)} tokens in ${sum.calls} calls over ${passes.length} step passes: ${tokens <= TOKEN_BUDGET ? "within" : "OVER"} budget\n`,
  );
  if (tokens > TOKEN_BUDGET)
    problems.push(
      `${name}: ${n(tokens)} tokens, expected at most ${n(TOKEN_BUDGET)}`,
    );
}
for (const problem of problems) console.log(`over budget: ${problem}`);
console.log(
  problems.length === 0
    ? "Every SOP within budget."
    : `${problems.length} budget problem(s).`,
);
process.exitCode = problems.length === 0 ? 0 : 1;
