import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import type { ScriptedResponse } from "../support/chat-server.js";
import { startChatServer, type ChatServer } from "../support/chat-server.js";

const root = join(import.meta.dirname, "../..");
// Hand-written exchanges for three corpus requests (each file's `_note` says so).
const ENTRIES = [
  "clinic-vaccine-delivery-slack",
  "it-offboarding-bullets",
  "kitchen-closing-bullets",
];

interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format: {
    json_schema: { name: string; schema: { properties: object } };
  };
}

describe("bench/quality --base-url --model: the model path end to end on corpus requests", () => {
  let server: ChatServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it.each(ENTRIES)(
    "%s: the real openai client against a loopback server; the bench scores the answers and passes",
    async (name) => {
      const fixture = JSON.parse(
        readFileSync(
          join(root, "test/fixtures/model-corpus", `${name}.json`),
          "utf8",
        ),
      ) as { _note: string; responses: ScriptedResponse[] };
      expect(fixture._note).toMatch(/^Hand-written/);
      server = await startChatServer(fixture.responses);
      const { stdout } = await promisify(execFile)(
        "npx",
        [
          "tsx",
          "bench/quality.ts",
          "--base-url",
          server.baseURL,
          "--model",
          "handwritten-model",
          "--only",
          name,
        ],
        { cwd: root, env: { ...process.env, OPENAI_API_KEY: "sk-test" } },
      );
      expect(stdout).toContain("openai-compatible (handwritten-model)");
      const row = stdout.split("\n").find((l) => l.startsWith(`| ${name} `));
      const cells = row?.split("|").map((c) => c.trim());
      // request, facts, structure, questions needed, redundant, other, errors
      const [, , facts, structure, needed, redundant, other, errors] =
        cells ?? [];
      expect(facts).toMatch(/^(\d+)\/\1$/);
      expect(structure).toMatch(/^(\d+)\/\1$/);
      expect(needed).toMatch(/^(\d+)\/\1$/);
      expect([redundant, other, errors]).toEqual(["0", "0", "0"]);
      expect(stdout).toContain("Passed:");

      // Capture, capture again with the bench's answers, draft, walkthrough: one request each.
      const bodies = server.requests.map((r) => r.body as ChatBody);
      expect(server.requests.map((r) => r.path)).toEqual(
        Array(4).fill("/v1/chat/completions"),
      );
      expect(bodies.map((b) => b.response_format.json_schema.name)).toEqual([
        "sop_capture",
        "sop_capture",
        "sop_draft",
        "sop_walkthrough",
      ]);
      expect(server.pending()).toBe(0);
      // The draft asks for the same sections the offline drafter writes.
      const draft = bodies[2];
      expect(
        Object.keys(draft?.response_format.json_schema.schema.properties ?? {}),
      ).toEqual(
        expect.arrayContaining([
          "definitions",
          "cautions",
          "records",
          "references",
        ]),
      );
      expect(draft?.messages[0]?.content).toContain("records:");
    },
    120_000,
  );
});
