import { describe, expect, it } from "vitest";
import { foreignMarkup } from "./harness/foreign-markup.js";
import { mentionsIn } from "./harness/github-mentions.js";
import { oversizeWrites } from "./harness/oversize-writes.js";
import { touchedByWrites, writeTrace } from "./harness/write-trace.js";

// The security tests are only as good as what they look for: each detector against known answers.
describe("the detectors the security tests rely on", () => {
  it("finds the mentions GitHub would notify, escaped or not, and none in code, links or e-mail addresses", () => {
    expect(
      mentionsIn("Hi @Mo and @acme/Everyone, cc \\@dana (@user-1)."),
    ).toEqual(["acme/everyone", "dana", "mo", "user-1"]);
    expect(
      mentionsIn(
        "`@a` [@c](https://github.com/c) mail x@example.com @\u200Bd\n\n```\n@b\n```\n",
      ),
    ).toEqual([]);
    expect(mentionsIn("<div>\n@e\n</div>\n\n<!-- @f -->")).toEqual(["e"]);
  });

  it("flags images from other hosts and raw HTML other than sopflow's own markers", () => {
    expect(
      foreignMarkup(
        '![x](https://attacker.example/p.png) ![ok](https://github.com/a.png)\n\n<img src="https://attacker.example/b.gif">',
      ),
    ).toEqual([
      "image https://attacker.example/p.png",
      'html <img src="https://attacker.example/b.gif">',
    ]);
    expect(
      foreignMarkup(
        '<!-- sopflow:note {"v":1} -->\n### x\n\n<details><summary>The SOP</summary>\n\n```\n<img>\n```\n\n</details>\n\n<!-- sopflow:data e30= -->',
      ),
    ).toEqual([]);
  });

  it("reads routes, touched paths and refs, and oversize texts and labels from the double's calls", () => {
    const call = (
      operationId: string,
      method: string,
      route: string,
      path: string,
      requestBody: unknown,
    ) => ({ operationId, method, route, path, status: 201, requestBody });
    const calls = [
      call(
        "git/create-ref",
        "POST",
        "/repos/{owner}/{repo}/git/refs",
        "/repos/acme/docs/git/refs",
        { ref: "refs/heads/sopflow/1-x", sha: "a" },
      ),
      call(
        "repos/create-or-update-file-contents",
        "PUT",
        "/repos/{owner}/{repo}/contents/{path}",
        "/repos/acme/docs/contents/docs/sops/x.md",
        { content: "" },
      ),
      call(
        "issues/create-comment",
        "POST",
        "/repos/{owner}/{repo}/issues/{issue_number}/comments",
        "/repos/acme/docs/issues/1/comments",
        { body: "😀".repeat(65_537) },
      ),
      call(
        "issues/add-labels",
        "POST",
        "/repos/{owner}/{repo}/issues/{issue_number}/labels",
        "/repos/acme/docs/issues/1/labels",
        { labels: ["l".repeat(51), "ok"] },
      ),
    ];
    expect(writeTrace(calls)).toEqual([
      "POST /repos/{owner}/{repo}/git/refs",
      "PUT /repos/{owner}/{repo}/contents/{path}",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
    ]);
    expect(touchedByWrites(calls)).toEqual({
      files: ["docs/sops/x.md"],
      refs: ["refs/heads/sopflow/1-x"],
    });
    expect(oversizeWrites(calls)).toEqual([
      "issues/create-comment: 65537 characters",
      "issues/add-labels: label of 51 characters",
    ]);
  });
});
