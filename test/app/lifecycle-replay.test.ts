import { describe, expect, it } from "vitest";
import { createHarness } from "./app-harness.js";
import { LIFECYCLE, PULL, taskState } from "./lifecycle-events.js";

describe("the state is GitHub's", () => {
  it("ends in the same state with a new Probot for every event: nothing is kept in memory", async () => {
    const shared = await createHarness();
    const fresh = await createHarness({ freshProbot: true });
    for (const { act } of LIFECYCLE) {
      await shared.deliver(act(shared.double));
      await fresh.deliver(act(fresh.double));
    }
    expect(taskState(fresh.double)).toEqual(taskState(shared.double));
    expect(fresh.double.issue(PULL)?.pull?.merged).toBe(true);
    fresh.double.assertValid();
  });

  it("does nothing more when every event is delivered again, with the same delivery id and with a new one", async () => {
    const h = await createHarness();
    const { double } = h;
    for (const { step, act } of LIFECYCLE) {
      const event = act(double);
      await h.deliver(event);
      const after = taskState(double);
      const writes = double.writes().length;
      await h.deliver(event);
      await h.deliver({ ...event, id: `${event.id}-again` });
      expect({ step, state: taskState(double) }).toEqual({
        step,
        state: after,
      });
      expect({ step, writes: double.writes().length }).toEqual({
        step,
        writes,
      });
    }
    expect(double.issue(PULL)?.pull?.merged).toBe(true);
    double.assertValid();
  });
});
