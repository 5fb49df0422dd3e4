import { describe, expect, it } from "vitest";
import { readCatalog } from "../../src/core/catalog/read-catalog.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { REVISE_FORM_FIELDS } from "../../src/core/revise/revise-form.js";
import { RETIRED_MARKER } from "../../src/core/revise/retire-file.js";
import { commitToBranch } from "../support/github-double/state/git.js";
import {
  createHarness,
  exampleAnswers,
  MAINTAINER,
  OPERATOR,
} from "../app/app-harness.js";
import {
  handoverRequest,
  PULL,
  SOP_PATH,
  TASK,
} from "../app/lifecycle-events.js";

const CATALOG = "docs/sops/README.md";
// Hand-written here: a section sopflow does not know and an HTML comment, added on the docs branch after publishing.
const EXTRA =
  "\n## Escalation contacts\n\n<!-- kept by the on-call team, not sopflow -->\n\n| Who | When |\n| --- | --- |\n| Duty manager | After 30 minutes |\n";

async function published() {
  const h = await createHarness({ config: "docs_folder: docs/sops\n" });
  const d = h.double;
  await h.deliver(
    d.openIssue({ ...handoverRequest(), author: OPERATOR, labels: ["sop"] }),
  );
  await h.deliver(
    d.comment({ issue: TASK, author: OPERATOR, body: exampleAnswers() }),
  );
  await h.deliver(
    d.submitReview({ pull: PULL, author: MAINTAINER, state: "approved" }),
  );
  expect(d.issue(PULL)?.pull?.merged).toBe(true);
  return h;
}

const main = (h: Awaited<ReturnType<typeof published>>, path = SOP_PATH) =>
  h.double.fileAt("main", path) ?? "";

/** The lines of `after` that `before` does not have, and the other way round. */
function lineDiff(before: string, after: string) {
  const a = before.split("\n");
  const b = after.split("\n");
  return {
    added: b.filter((l) => !a.includes(l)),
    removed: a.filter((l) => !b.includes(l)),
  };
}

describe("after publishing, on GitHub", () => {
  it("publishes the catalog in the same pull request as the SOP", async () => {
    const h = await published();
    const rows = readCatalog({
      markdown: main(h, CATALOG),
      catalogPath: CATALOG,
    });
    expect(rows).toEqual([
      expect.objectContaining({ path: SOP_PATH, id: "sop-1-on-call-handover" }),
    ]);
    // The merged pull request changed the SOP and the catalog, nothing else; no push went to main outside it.
    const pull = h.double.issue(PULL)?.pull;
    expect(pull?.merged).toBe(true);
    const toMain = h.double
      .writes()
      .filter(
        (w) =>
          w.route.includes("/contents/") &&
          (w.requestBody as { branch?: string } | null)?.branch === "main",
      );
    expect(toMain).toEqual([]);
    expect(h.double.violations).toEqual([]);
  }, 60_000);

  it("revises the wording of a step: a minor version, a diff of that step only, hand-written content kept byte for byte", async () => {
    const h = await published();
    const d = h.double;
    const before = `${main(h)}${EXTRA}`;
    commitToBranch(d.repo, {
      branch: "main",
      changes: { [SOP_PATH]: before },
      message: "Add escalation contacts",
      author: {
        name: OPERATOR,
        email: "dana@example.com",
        date: d.world.tick(),
      },
    });
    const version = parseSop(before).file.frontMatter.version;
    await h.deliver(
      d.comment({
        issue: TASK,
        author: OPERATOR,
        body: "/sop revise Replace step 2: Open the handover page in the team wiki and copy last week's open incidents",
      }),
    );
    const pull = d.issue(PULL + 1)?.pull;
    expect(pull).toMatchObject({
      head: "sopflow/1-on-call-handover-revise-1",
      base: "main",
      merged: false,
    });
    expect(d.issue(TASK)?.state).toBe("open");
    const after = d.fileAt(pull?.headSha ?? "", SOP_PATH) ?? "";
    const file = parseSop(after).file;
    expect(file.content.steps[1]?.action).toBe(
      "Open the handover page in the team wiki and copy last week's open incidents.",
    );
    const [major, minor] = version.split(".").map(Number);
    expect(file.frontMatter.version).toBe(`${major}.${(minor ?? 0) + 1}`);
    expect(after.endsWith(EXTRA)).toBe(true);
    const { added, removed } = lineDiff(before, after);
    // Only the step, the version, the review dates and one history row change.
    expect(
      removed.filter((l) => !/^(?:version|last_validated|review_due):/.test(l)),
    ).toEqual([expect.stringMatching(/^2\. /)]);
    expect(
      added.filter((l) => !/^(?:version|last_validated|review_due):/.test(l)),
    ).toEqual([
      expect.stringMatching(/^2\. Open the handover page/),
      expect.stringMatching(/^\| \d+\.\d+ .*Revision requested by @dana/),
    ]);
    const rows = readCatalog({
      markdown: d.fileAt(pull?.headSha ?? "", CATALOG) ?? "",
      catalogPath: CATALOG,
    });
    expect(rows[0]?.version).toBe(file.frontMatter.version);

    await h.deliver(
      d.submitReview({ pull: PULL + 1, author: MAINTAINER, state: "approved" }),
    );
    expect(d.issue(PULL + 1)?.pull?.merged).toBe(true);
    expect(d.issue(TASK)?.state).toBe("closed");
    expect(parseSop(main(h)).file.frontMatter.version).toBe(
      file.frontMatter.version,
    );
  }, 60_000);

  it("revises a step's structure: a major version", async () => {
    const h = await published();
    const d = h.double;
    await h.deliver(
      d.comment({
        issue: TASK,
        author: OPERATOR,
        body: "/sop revise\nAdd step after 1: Check the pager app shows you as on call",
      }),
    );
    const head = d.issue(PULL + 1)?.pull?.headSha ?? "";
    const file = parseSop(d.fileAt(head, SOP_PATH) ?? "").file;
    const was = parseSop(main(h)).file;
    expect(file.content.steps).toHaveLength(was.content.steps.length + 1);
    expect(file.frontMatter.version).toBe(
      `${Number(was.frontMatter.version.split(".")[0]) + 1}.0`,
    );
  }, 60_000);

  it("retires an SOP: status, banner naming the replacement, the catalog's retired section", async () => {
    const h = await published();
    const d = h.double;
    await h.deliver(
      d.comment({
        issue: TASK,
        author: MAINTAINER,
        body: "/sop retire The pager rota moved to the new incident tool, replaced by sop-9-incident-rota",
      }),
    );
    const head = d.issue(PULL + 1)?.pull?.headSha ?? "";
    const text = d.fileAt(head, SOP_PATH) ?? "";
    expect(parseSop(text).file.frontMatter.status).toBe("retired");
    expect(text).toContain(RETIRED_MARKER);
    expect(text).toMatch(/Replaced by \*\*sop-9-incident-rota\*\*/);
    await h.deliver(
      d.submitReview({ pull: PULL + 1, author: MAINTAINER, state: "approved" }),
    );
    expect(d.issue(PULL + 1)?.pull?.merged).toBe(true);
    const catalog = main(h, CATALOG);
    expect(catalog).toMatch(/## Retired SOPs/);
    expect(
      readCatalog({ markdown: catalog, catalogPath: CATALOG })[0]?.status,
    ).toBe("retired");
  }, 60_000);

  it("refuses a revision from someone without write access, and publishes nothing unapproved", async () => {
    const h = await published();
    const d = h.double;
    d.addUser("stranger");
    await h.deliver(
      d.comment({
        issue: TASK,
        author: "stranger",
        body: "/sop retire no longer needed",
      }),
    );
    expect(d.issue(PULL + 1)).toBeUndefined();
    expect(d.issue(TASK)?.comments.at(-1)?.body).toMatch(
      /only the person who asked/,
    );
  }, 60_000);

  it("revises from a Revise an SOP issue naming the SOP by its id (found in the catalog)", async () => {
    const h = await published();
    const d = h.double;
    await h.deliver(
      d.openIssue({
        title: "Revise SOP: on-call handover",
        body: `### ${REVISE_FORM_FIELDS.sop}\n\nsop-1-on-call-handover\n\n### ${REVISE_FORM_FIELDS.change}\n\nRemove step 5`,
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    const pull = d.issue(PULL + 2)?.pull;
    expect(pull?.head).toBe("sopflow/3-on-call-handover-revise-1");
    const was = parseSop(main(h)).file;
    const now = parseSop(d.fileAt(pull?.headSha ?? "", SOP_PATH) ?? "").file;
    expect(now.content.steps).toHaveLength(was.content.steps.length - 1);
    expect(d.violations).toEqual([]);
  }, 60_000);
});
