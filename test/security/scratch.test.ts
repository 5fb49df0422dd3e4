import { it } from "vitest";
import { createHarness, exampleRequest, OPERATOR, MAINTAINER } from "../app/app-harness.js";

it("scratch", async () => {
  const h = await createHarness();
  const d = h.double;
  const evs = [
    () => d.openIssue({ ...exampleRequest(), author: OPERATOR, labels: ["sop"] }),
    () => d.comment({ issue: 1, author: OPERATOR, body: "Thanks, more tomorrow." }),
    () => d.comment({ issue: 1, author: OPERATOR, body: "/sop draft" }),
    () => d.submitReview({ pull: 2, author: MAINTAINER, state: "approved" }),
  ];
  for (const e of evs) {
    const before = d.writes().length;
    await h.deliver(e());
    console.log(d.writes().slice(before).map((c) => `${c.method} ${c.route} ${c.method==="PUT"&&c.route.includes("contents")?c.path:""}`).join("\n"), "\n---");
  }
  for (const c of d.issue(1)!.comments) console.log(c.author, c.body.slice(0, 1500), "\n=====");
  console.log(d.issue(2)?.body);
});
