import { it } from "vitest";
import { createHarness, OPERATOR } from "../app/app-harness.js";
import { handoverRequest } from "../app/lifecycle-events.js";
it("cost", async () => {
  const h = await createHarness({});
  await h.deliver(h.double.openIssue({ ...handoverRequest(), author: OPERATOR, labels: ["sop"] }));
  await h.deliver(h.double.comment({ issue: 1, author: OPERATOR, body: "Thanks, I will answer tomorrow." }));
  await h.deliver(h.double.openIssue({ title: "hello", body: "x", author: OPERATOR, labels: [] }));
  console.log(JSON.stringify(h.costs));
  console.log(h.double.calls.map(c => `${c.method} ${c.route} ${c.status}`).join("\n"));
});
