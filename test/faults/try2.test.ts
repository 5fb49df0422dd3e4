import { it } from "vitest";
import type { EmitterWebhookEvent } from "@octokit/webhooks";
import { faultTask } from "./harness/fault-task.js";
import { freshProbot } from "./harness/fresh-probot.js";
import { pausingFetch } from "./harness/pausing-fetch.js";
import { duplicatesIn } from "./harness/task-outcome.js";
import { noteKeys } from "./harness/task-notes.js";
import { MAINTAINER } from "../app/app-harness.js";
import { SOP_PATH } from "../app/lifecycle-events.js";
it("x", async () => {
  for (let at = 1; at <= 16; at++) {
    const task = await faultTask();
    await task.next(); await task.next(); await task.next();
    const d = task.double;
    const approval = d.submitReview({ pull: 2, author: MAINTAINER, state: "approved" }) as EmitterWebhookEvent;
    let push: EmitterWebhookEvent | null = null;
    let n = 0;
    const A = await freshProbot({ double: d, fetch: async (i, init) => {
      if (!/access_tokens$/.test(new Request(i, init).url) && ++n === at) {
        const branch = "sopflow/1-on-call-handover";
        const sop = d.fileAt(branch, SOP_PATH) ?? "";
        try { push = d.pushCommit({ branch, author: MAINTAINER, files: { [SOP_PATH]: sop.replace("## Purpose\n", "## Purpose\n\nPUSHED.\n") } }) as EmitterWebhookEvent; } catch { push = null; }
      }
      return d.fetch(i, init);
    } });
    const r1 = await A.receive(approval).then(() => "ok", (e) => "ERR " + String(e).slice(0, 100));
    const r2 = push ? await (await freshProbot({ double: d })).receive(push).then(() => "ok", (e) => "ERR " + String(e).slice(0, 100)) : "no push";
    console.log(at, r1, r2, "merged:", d.issue(2)!.pull!.merged, "main has push:", (d.fileAt("main", SOP_PATH) ?? "").includes("PUSHED."), d.issue(1)!.labels.join("|"), noteKeys(d).slice(6).join(" "), duplicatesIn(d).join("; "));
  }
}, 120000);
