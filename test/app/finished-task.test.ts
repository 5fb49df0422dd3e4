import { describe, expect, it } from "vitest";
import { createHarness, OPERATOR } from "./app-harness.js";
import { LIFECYCLE, TASK } from "./lifecycle-events.js";

describe("commands on a published task", () => {
  it("/sop status answers with the published link; /sop retry says there is nothing to retry", async () => {
    const h = await createHarness();
    for (const { act } of LIFECYCLE) await h.deliver(act(h.double));
    expect(h.double.issue(TASK)?.state).toBe("closed");
    const last = () => h.double.issue(TASK)?.comments.at(-1);

    await h.deliver(
      h.double.comment({ issue: TASK, author: OPERATOR, body: "/sop status" }),
    );
    expect(last()?.author).toBe("sopflow[bot]");
    expect(last()?.body).toMatch(
      /the SOP is published: <?https:\/\/github\.com\/acme\/docs\/blob\/[0-9a-f]{40}\/docs\/sops\/on-call-handover\.md/,
    );

    await h.deliver(
      h.double.comment({ issue: TASK, author: OPERATOR, body: "/sop retry" }),
    );
    expect(last()?.author).toBe("sopflow[bot]");
    expect(last()?.body).toContain("Nothing to retry: the SOP is published");

    // Answered once: another event on the task posts nothing more.
    const count = h.double.issue(TASK)?.comments.length;
    await h.deliver(
      h.double.comment({ issue: TASK, author: OPERATOR, body: "thanks!" }),
    );
    expect(h.double.issue(TASK)?.comments.length).toBe((count ?? 0) + 1);
    h.double.assertValid();
  });
});
