import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  readReviseForm,
  REVISE_FORM_FIELDS,
} from "../../src/core/revise/revise-form.js";
import {
  findLifecycleRequest,
  splitRetire,
} from "../../src/core/revise/lifecycle-request.js";

const template = parse(
  readFileSync(
    new URL("../../.github/ISSUE_TEMPLATE/sop-revise.yml", import.meta.url),
    "utf8",
  ),
) as {
  name: string;
  labels: string[];
  body: { type: string; id?: string; attributes: { label?: string } }[];
};

/** The body GitHub renders from the form: `### <label>`, a blank line, the answer. */
function rendered(sop: string, change: string): string {
  return `### ${REVISE_FORM_FIELDS.sop}\n\n${sop}\n\n### ${REVISE_FORM_FIELDS.change}\n\n${change}`;
}

describe("the Revise an SOP issue form", () => {
  it("has the labels the reader expects and opens an sop-labelled issue", () => {
    expect(template.name).toBe("Revise an SOP");
    expect(template.labels).toEqual(["sop"]);
    expect(
      template.body
        .filter((f) => f.type !== "markdown")
        .map((f) => f.attributes.label),
    ).toEqual([REVISE_FORM_FIELDS.sop, REVISE_FORM_FIELDS.change]);
  });

  it("reads the SOP and the change, and nothing from other issues", () => {
    expect(
      readReviseForm(
        rendered(
          "`docs/sops/a.md`",
          "Replace step 2: Use the new form\r\nWhy: audit",
        ),
      ),
    ).toEqual({
      sop: "docs/sops/a.md",
      change: "Replace step 2: Use the new form\nWhy: audit",
    });
    expect(readReviseForm(rendered("sop-1-a", "_No response_"))).toBeNull();
    expect(readReviseForm("### Process name\n\nOnboarding")).toBeNull();
  });

  it("makes a revise request of the issue author's form", () => {
    const request = findLifecycleRequest({
      snapshot: {
        number: 5,
        url: "https://github.com/acme/docs/issues/5",
        title: "Revise SOP: onboarding",
        body: rendered("sop-1-onboarding", "Remove step 4"),
        author: "dana",
        open: true,
        labels: ["sop"],
        comments: [],
        pull: null,
        baseBranch: "main",
      },
      commands: [],
      consumed: new Set(),
      published: null,
      requestInput: "request:abc",
    });
    expect(request).toEqual({
      kind: "revise",
      target: "sop-1-onboarding",
      text: "Remove step 4",
      replacedBy: null,
      requester: "dana",
      input: "request:abc",
    });
  });
});

describe("/sop retire's words", () => {
  it("splits the reason from the replacement", () => {
    expect(
      splitRetire("Moved to the new tool, replaced by sop-9-rota"),
    ).toEqual({
      reason: "Moved to the new tool",
      replacedBy: "sop-9-rota",
    });
    expect(
      splitRetire("Replaced by the new tool's rota, replaced by sop-2-rota"),
    ).toEqual({
      reason: "Replaced by the new tool's rota",
      replacedBy: "sop-2-rota",
    });
    expect(splitRetire("No longer done")).toEqual({
      reason: "No longer done",
      replacedBy: null,
    });
    expect(splitRetire("Replaced by: `sop-2`")).toEqual({
      reason: "",
      replacedBy: "sop-2",
    });
  });
});
