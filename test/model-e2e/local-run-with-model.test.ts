import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { listNotes, type ListedNote } from "../../src/core/notes/list-notes.js";
import { GitStore } from "../../src/forge/local/git-store.js";
import { LocalForge } from "../../src/forge/local/local-forge.js";
import { lintCommand } from "../../src/shells/cli/lint-command.js";
import { runCommand } from "../../src/shells/cli/run-command.js";
import { captureTerminal } from "../support/capture-terminal.js";
import { startChatServer, type ChatServer } from "../support/chat-server.js";
import { setModelEnv } from "../support/model-env.js";
import {
  exchangesOf,
  loadLifecycle,
  repoPath,
  scriptOf,
  usageOf,
} from "../support/model-lifecycle.js";
import { tempGitRepo } from "../support/temp-git-repo.js";
import { loadTask } from "../../src/core/workflow/load-task.js";

const lifecycle = loadLifecycle("on-call-handover");
const feedback =
  "Add step after 1: Post a short summary of open incidents in the #oncall channel";
const MODEL_STEPS = ["capture", "draft", "walkthrough"];
// Words only the operator wrote (request, answers, review): none of them may reach a system prompt.
const OPERATOR_WORDS = [
  "Opsgenie",
  "Confluence",
  "#oncall",
  "pager",
  "handover",
  "Responder",
  "incident commander",
];

interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format: {
    type: string;
    json_schema: { name: string; strict: boolean };
  };
}

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function loadNotes(
  repo: string,
): Promise<{ notes: ListedNote[]; open: boolean; labels: string[] }> {
  const forge = new LocalForge(new GitStore(repo), {
    task: 1,
    baseBranch: "main",
    now: () => new Date().toISOString(),
    trigger: "sop",
  });
  const snapshot = await loadTask(forge);
  return {
    notes: listNotes(snapshot.comments),
    open: snapshot.open,
    labels: snapshot.labels,
  };
}

function bodies(server: ChatServer): ChatRequestBody[] {
  return server.requests.map((r) => r.body as ChatRequestBody);
}

describe("the local run with an OpenAI-compatible model", () => {
  it("takes on-call-handover through every step with the hand-written answers and reports provider, model and tokens", async () => {
    const repo = tempGitRepo();
    const server = await startChatServer(scriptOf(lifecycle.exchanges));
    cleanups.push(
      repo.cleanup,
      () => server.close(),
      setModelEnv({ apiKey: "test-key", baseURL: server.baseURL }),
    );
    const base = [
      "--repo",
      repo.dir,
      "--request",
      repoPath(lifecycle.request),
      "--reviewer",
      "lead",
    ];
    const answers = ["--answers", repoPath(lifecycle.answers ?? "")];

    const first = captureTerminal();
    expect((await runCommand(base, first)).code).toBe(2);
    expect(first.output()).toMatch(
      /model: openai-compatible \(gpt-4\.1-mini\)/,
    );
    expect(first.output()).toMatch(/Which Opsgenie role or team membership/);

    const second = captureTerminal();
    expect((await runCommand([...base, ...answers], second)).code).toBe(2);
    expect(second.output()).toMatch(/round 2 of 2/);

    expect(
      (
        await runCommand(
          [...base, ...answers, "--request-changes", feedback],
          captureTerminal(),
        )
      ).code,
    ).toBe(2);
    const done = await runCommand(
      [...base, ...answers, "--request-changes", feedback, "--approve"],
      captureTerminal(),
    );
    expect(done.code).toBe(0);

    const { notes, open, labels } = await loadNotes(repo.dir);
    expect(notes.map((n) => `${n.header.step}:${n.header.revision}`)).toEqual([
      "capture:1",
      "capture:2",
      "draft:1",
      "walkthrough:1",
      "draft:2",
      "walkthrough:2",
      "publish:1",
    ]);
    expect(open).toBe(false);
    expect(labels).toContain("sop: published");

    // Every model note names the endpoint's provider and model and carries the tokens its calls cost.
    const modelNotes = notes.filter((n) => MODEL_STEPS.includes(n.header.step));
    for (const note of modelNotes) {
      const fixtureUsage = usageOf(
        exchangesOf(lifecycle, {
          step: note.header.step as "capture",
          revision: note.header.revision,
        }),
      );
      expect(note.header).toMatchObject({
        provider: "openai-compatible",
        model: "gpt-4.1-mini",
        ...fixtureUsage,
      });
      expect(note.header.tokensIn).toBeGreaterThan(0);
      expect(note.header.tokensOut).toBeGreaterThan(0);
    }

    // The publish note sums every note of the task, and that is what the endpoint billed.
    const publish = notes.at(-1)!;
    const sum = (key: "calls" | "tokensIn" | "tokensOut") =>
      notes.slice(0, -1).reduce((total, n) => total + n.header[key], 0);
    expect(publish.header).toMatchObject({
      calls: sum("calls"),
      tokensIn: sum("tokensIn"),
      tokensOut: sum("tokensOut"),
    });
    expect(publish.header).toMatchObject(usageOf(lifecycle.exchanges));
    expect(publish.body).toContain(
      `${sum("tokensIn")} in, ${sum("tokensOut")} out`,
    );
    expect(publish.body).toContain("openai-compatible (gpt-4.1-mini)");

    // One call per step pass, plus one per extra walkthrough round: 6 passes + 1 round = 7.
    const extraRounds = lifecycle.exchanges.filter(
      (e) => (e.round ?? 1) > 1,
    ).length;
    expect(server.requests).toHaveLength(modelNotes.length + extraRounds);
    expect(extraRounds).toBe(1);
    expect(server.pending()).toBe(0);
    expect(
      bodies(server).map((b) => b.response_format.json_schema.name),
    ).toEqual([
      "sop_capture",
      "sop_capture",
      "sop_draft",
      "sop_walkthrough",
      "sop_walkthrough",
      "sop_draft",
      "sop_walkthrough",
    ]);
    for (const request of server.requests) {
      expect(request.path).toBe("/v1/chat/completions");
      expect(request.headers.authorization).toBe("Bearer test-key");
      expect((request.body as ChatRequestBody).model).toBe("gpt-4.1-mini");
    }

    // The operator's words reach the model only inside the delimited data section of the user message.
    for (const body of bodies(server)) {
      const [system, user] = body.messages;
      expect(system?.role).toBe("system");
      expect(user?.role).toBe("user");
      const open = user!.content.indexOf("<operator_data>");
      const close = user!.content.lastIndexOf("</operator_data>");
      expect(open).toBeGreaterThan(0);
      expect(close).toBeGreaterThan(open);
      const outside =
        `${system!.content}\n${user!.content.slice(0, open)}\n${user!.content.slice(close)}`.toLowerCase();
      for (const word of OPERATOR_WORDS)
        expect(outside).not.toContain(word.toLowerCase());
      expect(user!.content.slice(open, close)).toContain("Opsgenie");
    }
    const redraft = bodies(server)[5]!.messages[1]!.content;
    expect(redraft).toContain("Post a short summary of open incidents");

    // The published SOP holds the probed tribal step, the reviewer's step and the walkthrough's fix.
    const path = done.publishedPath!.slice(repo.dir.length + 1);
    const published = repo.git("show", `main:${path}`);
    expect(published).toContain(
      "Send a test page to the incoming engineer from Opsgenie",
    );
    expect(published).toContain(
      "Post a short summary of open incidents in the #oncall channel.",
    );
    expect(published).toContain(
      "Ask the incoming engineer to acknowledge the handover in #oncall.",
    );
    expect(published).not.toContain("The incoming engineer acknowledges");
    expect(published).toMatch(
      /\| 1\.0 +\| [\d-]+ +\| @\S+ \(requested[^|]*\| First draft from the capture/,
    );
    const walkthrough = notes.find(
      (n) => n.header.step === "walkthrough" && n.header.revision === 2,
    )!;
    expect(walkthrough.body).toContain(
      '#oncall channel" → Added step 2, "Post a short summary of open incidents in the #oncall channel."',
    );

    const lint = await lintCommand({
      paths: [done.publishedPath!],
      format: "json",
      today: new Date().toISOString().slice(0, 10),
      cwd: repo.dir,
    });
    expect(JSON.parse(lint.output).errors).toBe(0);
    expect(readFileSync(done.publishedPath!, "utf8")).toBe(published);
  });
});
