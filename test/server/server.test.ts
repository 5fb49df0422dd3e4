import { afterEach, describe, expect, it } from "vitest";
import type { Model } from "../../src/core/ports/model.js";
import { createOfflineModel } from "../../src/model/offline/offline-model.js";
import {
  startServer,
  type RunningServer,
} from "../../src/shells/server/start-server.js";
import type { GitHubDouble } from "../support/github-double/github-double.js";
import { waitUntil } from "../queue/helpers/wait-until.js";
import { QuietOctokit } from "./helpers/quiet-octokit.js";
import { sendDelivery } from "./helpers/send-delivery.js";
import { notesOn, openTask, taskDouble } from "./helpers/task-double.js";
import { testSettings, WEBHOOK_SECRET } from "./helpers/test-settings.js";

/** The offline model, held at Capture until the test opens the gate. */
function gatedModel(): {
  model: Model;
  open: () => void;
  captures: () => number;
} {
  const offline = createOfflineModel();
  let open = (): void => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let captures = 0;
  const model: Model = {
    ...offline,
    capture: async (input) => {
      captures += 1;
      await gate;
      return offline.capture(input);
    },
  };
  return { model, open, captures: () => captures };
}

const running: RunningServer[] = [];

async function serverFor(
  double: GitHubDouble,
  model: Model,
): Promise<RunningServer> {
  const server = await startServer({
    settings: testSettings({ appId: double.world.app.id }),
    appEnv: {},
    modelFor: () => model,
    Octokit: QuietOctokit,
    request: { fetch: double.fetch },
  });
  running.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(
    running.splice(0).map((server) => server.stop({ waitForJobs: false })),
  );
});

describe("the App server", () => {
  it("answers a signed issues.opened at once and does the work from the queue afterwards", async () => {
    const double = taskDouble();
    const gated = gatedModel();
    const server = await serverFor(double, gated.model);

    const sent = await sendDelivery({
      url: server.url,
      secret: WEBHOOK_SECRET,
      delivery: openTask(double),
    });

    expect(sent.status).toBe(200);
    // Answered while the work is still held at the model: the answer did not wait for it.
    await waitUntil({
      what: "the queued job to reach the model",
      timeoutMs: 5_000,
      condition: () => gated.captures() === 1,
    });
    expect(notesOn(double, 1)).toEqual([]);
    gated.open();
    await waitUntil({
      what: "the capture note on issue #1",
      timeoutMs: 5_000,
      condition: () => notesOn(double, 1).length === 1,
    });
    expect(notesOn(double, 1)).toEqual(["capture:1"]);
    expect(double.issue(1)?.labels).toEqual(["sop", "sop: needs info"]);
    await waitUntil({
      what: "the job to end",
      timeoutMs: 5_000,
      condition: async () => (await server.health()).running === 0,
    });
    expect(await server.health()).toMatchObject({
      ok: true,
      kind: "memory",
      done: 1,
      errors: 0,
    });
    double.assertValid();
  });

  it("rejects an unsigned or badly signed delivery with 4xx and queues nothing", async () => {
    const double = taskDouble();
    const gated = gatedModel();
    const server = await serverFor(double, gated.model);
    const delivery = openTask(double);

    const unsigned = await sendDelivery({
      url: server.url,
      secret: null,
      delivery,
    });
    const forged = await sendDelivery({
      url: server.url,
      secret: "not-the-secret",
      delivery,
    });

    expect(unsigned.status).toBe(400);
    expect(unsigned.body).toContain("x-hub-signature-256");
    expect(forged.status).toBe(400);
    expect(forged.body).toContain("signature does not match");
    // Give a wrongly queued job the time it would need to reach GitHub.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(double.calls).toEqual([]);
    expect(gated.captures()).toBe(0);
    expect(await server.health()).toMatchObject({
      running: 0,
      done: 0,
      errors: 0,
    });
  });

  it("serves GET /healthz for load balancers and 404 elsewhere", async () => {
    const double = taskDouble();
    const server = await serverFor(double, createOfflineModel());

    const health = await fetch(`${server.url}/healthz`);
    const unknown = await fetch(`${server.url}/nope`);

    expect(health.status).toBe(200);
    expect(health.headers.get("content-type")).toBe("application/json");
    expect(await health.json()).toEqual({
      status: "ok",
      queue: { ok: true, kind: "memory", running: 0, done: 0, errors: 0 },
    });
    expect(unknown.status).toBe(404);
    expect(double.calls).toEqual([]);
  });

  it("on stop, takes no more webhooks and finishes the running job before it resolves", async () => {
    const double = taskDouble();
    const gated = gatedModel();
    const server = await serverFor(double, gated.model);
    expect(
      (
        await sendDelivery({
          url: server.url,
          secret: WEBHOOK_SECRET,
          delivery: openTask(double),
        })
      ).status,
    ).toBe(200);
    await waitUntil({
      what: "the job to reach the model",
      timeoutMs: 5_000,
      condition: () => gated.captures() === 1,
    });

    let stopped = false;
    const stopping = server.stop().then(() => (stopped = true));
    await waitUntil({
      what: "the server to stop listening",
      timeoutMs: 5_000,
      condition: () =>
        fetch(`${server.url}/healthz`).then(
          () => false,
          () => true,
        ),
    });
    expect(stopped).toBe(false);

    gated.open();
    await stopping;
    expect(notesOn(double, 1)).toEqual(["capture:1"]);
    expect(await server.health()).toMatchObject({
      running: 0,
      done: 1,
      errors: 0,
    });
  });
});
