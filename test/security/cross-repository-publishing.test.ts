import { describe, expect, it } from "vitest";
import { submitReview } from "../support/github-double/human/pull-actions.js";
import { createRepo } from "../support/github-double/state/create-repo.js";
import type { RepoRecord } from "../support/github-double/state/records.js";
import {
  createHarness,
  exampleAnswers,
  MAINTAINER,
  OPERATOR,
  type Harness,
} from "../app/app-harness.js";
import { handoverRequest, PULL, TASK } from "../app/lifecycle-events.js";

// Break 1 of the hostile review: a writer of one repository made sopflow publish into another.

const MALLORY = "mallory";

/** Mallory writes to acme/playground only; acme/handbook is someone else's docs repository. */
async function playground(options: {
  config: string;
  handbookConfig?: string;
}): Promise<{ h: Harness; handbook: RepoRecord }> {
  const h = await createHarness({
    double: { repo: { owner: "acme", name: "playground" } },
    config: options.config,
  });
  h.double.addCollaborator({ login: MALLORY, role: "write" });
  const handbook = createRepo(h.double.world, {
    owner: "acme",
    name: "handbook",
    files: {
      "README.md": "# handbook\n",
      ...(options.handbookConfig === undefined
        ? {}
        : { ".github/sopflow.yml": options.handbookConfig }),
    },
  });
  handbook.collaborators.set(MAINTAINER, {
    role: "maintain",
    permission: "write",
  });
  return { h, handbook };
}

const handbookWrites = (h: Harness) =>
  h.double.writes().filter((c) => c.path.startsWith("/repos/acme/handbook/"));

async function openAndAnswer(h: Harness, author: string): Promise<void> {
  await h.deliver(
    h.double.openIssue({ ...handoverRequest(), author, labels: ["sop"] }),
  );
  await h.deliver(
    h.double.comment({ issue: TASK, author, body: exampleAnswers() }),
  );
}

describe("cross-repository publishing", () => {
  it("creates nothing in a docs repository whose own config does not accept the task's repository, and says why on the task", async () => {
    const { h, handbook } = await playground({
      config:
        "docs_repository: acme/handbook\napprovers:\n  users: [mallory]\n",
    });
    await openAndAnswer(h, MALLORY);
    expect(handbookWrites(h)).toEqual([]);
    expect([...handbook.refs.keys()]).toEqual(["heads/main"]);
    expect(handbook.issues.size).toBe(0);
    const said = (h.double.issue(TASK)?.comments ?? [])
      .filter((c) => c.author === "sopflow[bot]")
      .map((c) => c.body)
      .join("\n");
    expect(said).toContain("acme/handbook");
    expect(said).toContain("accept_tasks_from");
    expect(said).toContain("acme/playground");
    h.double.assertValid();
  });

  it("lets a listed approver without write access to the docs repository publish nothing there, even when it accepts the task's repository", async () => {
    const { h, handbook } = await playground({
      config:
        "docs_repository: acme/handbook\napprovers:\n  users: [mallory]\n",
      handbookConfig: "accept_tasks_from: [acme/playground]\n",
    });
    await openAndAnswer(h, MALLORY);
    const pull = handbook.issues.get(1);
    expect(pull?.pull?.head).toBe("sopflow/1-on-call-handover");
    await h.deliver(
      submitReview(
        { world: h.double.world, repo: handbook },
        { pull: 1, author: MALLORY, state: "approved" },
      ),
    );
    expect(handbook.issues.get(1)?.pull?.merged).toBe(false);
    expect(h.double.issue(TASK)?.comments.at(-1)?.body).toContain(
      "This approval does not publish the SOP: @mallory has the read role; approving needs write, maintain or admin",
    );
    h.double.assertValid();
  });
});

describe("a configured approver list narrows who may approve, never widens it", () => {
  for (const [who, role] of [
    ["rita", "read"],
    ["nora", null],
  ] as const) {
    it(`a listed user with ${role ?? "no"} access cannot publish`, async () => {
      const h = await createHarness({
        config: `approvers:\n  users: [${who}, ${MAINTAINER}]\n`,
      });
      if (role) h.double.addCollaborator({ login: who, role });
      else h.double.addUser(who);
      await openAndAnswer(h, OPERATOR);
      await h.deliver(
        h.double.submitReview({ pull: PULL, author: who, state: "approved" }),
      );
      expect(h.double.issue(PULL)?.pull?.merged).toBe(false);
      expect(h.double.issue(TASK)?.comments.at(-1)?.body).toContain(
        `This approval does not publish the SOP: @${who} has the read role; approving needs write, maintain or admin`,
      );
      await h.deliver(
        h.double.submitReview({
          pull: PULL,
          author: MAINTAINER,
          state: "approved",
        }),
      );
      expect(h.double.issue(PULL)?.pull?.merged).toBe(true);
      h.double.assertValid();
    });
  }
});
