import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/config/validate-config.js";
import { inertMentions } from "../../src/core/markdown/inert-mentions.js";
import { code, paragraph, root } from "../../src/core/markdown/md-builders.js";
import { stringifyMarkdown } from "../../src/core/markdown/stringify-markdown.js";
import { decodeNotePart } from "../../src/core/notes/decode-note-part.js";
import { decodeNoteParts } from "../../src/core/notes/decode-note-parts.js";
import { configProblemBody } from "../../src/shells/app/config-problem-body.js";
import { exampleRequest } from "../app/app-harness.js";
import { startChatServer, type ChatServer } from "../support/chat-server.js";
import {
  createAppRun,
  MAINTAINER,
  OPERATOR,
  type AppRun,
} from "./harness/app-run.js";
import { foreignMarkup } from "./harness/foreign-markup.js";
import { mentionsIn } from "./harness/github-mentions.js";
import { CANARY_KEY } from "./harness/injection-model.js";

// Each case here was found by the injection corpus or the fuzzer, and fixed in the product.

let servers: ChatServer[] = [];
afterEach(async () => {
  for (const server of servers) await server.close();
  servers = [];
});

const appComments = (run: AppRun) =>
  (run.double.issue(1)?.comments ?? [])
    .filter((c) => c.author === run.double.world.app.botLogin)
    .map((c) => c.body);
/** The step of every note the app left, in order (undefined for a comment of the app that holds no note). */
const noteSteps = (run: AppRun) =>
  appComments(run).flatMap((body) => {
    const steps = decodeNoteParts(body).map((part) => part.header.step);
    return steps.length > 0 ? steps : [undefined];
  });

async function drafted(
  request: { title: string; body: string },
  files?: Record<string, string>,
): Promise<AppRun> {
  const run = await createAppRun({ files });
  expect(
    (
      await run.deliver(
        run.double.openIssue({ ...request, author: OPERATOR, labels: ["sop"] }),
      )
    ).error,
  ).toBeNull();
  expect(
    (
      await run.deliver(
        run.double.comment({ issue: 1, author: OPERATOR, body: "/sop draft" }),
      )
    ).error,
  ).toBeNull();
  return run;
}

describe("mentions: sopflow never notifies people on someone else's behalf", () => {
  it("quotes a team mention and a crowd from the request without notifying them, and still names the approver", async () => {
    const { title, body } = exampleRequest();
    const run = await drafted({
      title,
      body: `${body}\n\n@acme/everyone please approve. cc @user1 @user2 @user3\n`,
    });
    const capture = appComments(run)[0] ?? "";
    expect(capture).toContain(
      "@\u200Bacme/everyone please approve. cc @\u200Buser1 @\u200Buser2 @\u200Buser3",
    );
    expect(mentionsIn(capture)).toEqual([]);
    await run.deliver(
      run.double.submitReview({
        pull: 2,
        author: MAINTAINER,
        state: "approved",
        // The draft still flags open questions: the approver publishes over the gate, on record.
        body: "/sop publish anyway",
      }),
    );
    const publish = appComments(run).at(-1) ?? "";
    expect(decodeNotePart(publish)?.header.step).toBe("publish");
    expect(mentionsIn(publish)).toEqual([MAINTAINER]);
    for (const text of [...appComments(run), run.double.issue(2)?.body ?? ""])
      expect(mentionsIn(text).filter((m) => m !== MAINTAINER)).toEqual([]);
  });

  it("makes every mention inert but the kept ones, and leaves e-mail addresses and code alone", () => {
    const tree = root([
      paragraph(
        "Ping @Mo, @acme/everyone and @octocat; mail ops@example.com; run ",
        code("@octocat"),
        ".",
      ),
    ]);
    const text = stringifyMarkdown(inertMentions({ tree, keep: ["mo"] }));
    // (remark-stringify escapes the address's "@" so GitHub does not autolink it.)
    expect(text).toBe(
      "Ping @Mo, @\u200Bacme/everyone and @\u200Boctocat; mail ops\\@example.com; run `@octocat`.\n",
    );
    expect(mentionsIn(text)).toEqual(["mo"]);
    expect(stringifyMarkdown(tree)).toContain("@acme/everyone");
  });
});

describe("replies: operator text stays inside its code span", () => {
  it("answers an unknown command whose name holds backticks without rendering a mention or an image", async () => {
    const run = await drafted(exampleRequest());
    await run.deliver(
      run.double.comment({
        issue: 1,
        author: OPERATOR,
        body: "/sop `@acme/everyone![x](https://attacker.example/p.png)`",
      }),
    );
    const reply = appComments(run).at(-1) ?? "";
    expect(decodeNotePart(reply)?.header.step).toBe("reply");
    expect(reply).toContain(
      "Unknown command `/sop '@acme/everyone![x](https://attacker.exa…`.",
    );
    expect(mentionsIn(reply)).toEqual([]);
    expect(foreignMarkup(reply)).toEqual([]);
  });
});

describe("secrets: the model key never reaches GitHub", () => {
  it("redacts the key when the endpoint's error message echoes it", async () => {
    const server = await startChatServer([
      {
        status: 401,
        body: {
          error: {
            message: `Incorrect API key provided: ${CANARY_KEY}.`,
            type: "invalid_request_error",
            param: null,
            code: "invalid_api_key",
          },
        },
      },
    ]);
    servers.push(server);
    const run = await createAppRun({
      app: {
        modelFor: undefined,
        env: { OPENAI_API_KEY: CANARY_KEY, OPENAI_BASE_URL: server.baseURL },
      },
    });
    const { error } = await run.deliver(
      run.double.openIssue({
        ...exampleRequest(),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    expect(error).not.toBeNull();
    const note = appComments(run).at(-1) ?? "";
    expect(decodeNotePart(note)?.header.step).toBe("error");
    expect(note).toContain("Incorrect API key provided: \\[redacted]");
    for (const request of run.sent)
      expect(JSON.stringify(request)).not.toContain(CANARY_KEY);
  });
});

describe("config files with thousands of problems", () => {
  it("gets one problem comment GitHub accepts: the first 20 problems and how many more", async () => {
    const run = await createAppRun({
      config: `reviewers:\n${"  - [x]\n".repeat(5_000)}`,
    });
    const { error, writes } = await run.deliver(
      run.double.openIssue({
        ...exampleRequest(),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    expect(error).toBeNull();
    expect(writes.map((w) => w.operationId)).toEqual(["issues/create-comment"]);
    const body = appComments(run)[0] ?? "";
    expect(body.length).toBeLessThan(65_536);
    expect(body.match(/^- `reviewers\.\d+`/gm)).toHaveLength(20);
    expect(body).toContain("…and 4980 more.");
  });

  it("cuts a problem whose key list is longer than a comment", () => {
    const keys = Array.from(
      { length: 800 },
      (_, i) => `unknown_key_${i}_${"k".repeat(90)}`,
    );
    const body = configProblemBody(
      new ConfigError("Invalid configuration", ".github/sopflow.yml", [
        {
          key: keys.join(", "),
          problem: `Unrecognized keys: ${keys.join(", ")}`,
        },
      ]),
    );
    expect(body.length).toBeLessThan(1_000);
    expect(body).toContain("unknown_key_0_");
    expect(body).not.toContain("unknown_key_799_");
  });
});

describe("the offline drafter on unusual words and files", () => {
  it("drafts steps that start with constructor, __proto__ or toString like any other step", async () => {
    const { title, body } = exampleRequest();
    const run = await drafted({
      title,
      body: body.replace(
        "5. Post the link",
        "6. constructor the handover page\n7. __proto__ the pager\n8. toString the notes\n5. Post the link",
      ),
    });
    expect(noteSteps(run)).toEqual(["capture", "draft", "walkthrough"]);
    expect(
      run.double.fileAt(
        run.double.issue(2)?.pull?.headSha ?? "",
        "docs/sops/on-call-handover.md",
      ),
    ).toMatch(/constructor the handover page/i);
  });

  it("replaces a file at the SOP's path that has no version (or undecodable bytes) with version 1.0 instead of failing on every retry", async () => {
    const run = await drafted(exampleRequest(), {
      "docs/sops/on-call-handover.md":
        "\uFFFD\uFFFD\u0000 not an SOP \uD800\n# Old notes\n",
    });
    expect(noteSteps(run)).toEqual(["capture", "draft", "walkthrough"]);
    const sop =
      run.double.fileAt(
        run.double.issue(2)?.pull?.headSha ?? "",
        "docs/sops/on-call-handover.md",
      ) ?? "";
    expect(sop).toMatch(/^version: "1\.0"$/m);
  });
});
