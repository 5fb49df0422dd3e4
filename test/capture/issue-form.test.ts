import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FORM_FIELDS } from "../../src/core/capture/form-fields.js";
import { parseIssueForm } from "../../src/core/capture/parse-issue-form.js";

interface FormBodyField {
  type: string;
  id?: string;
  attributes: { label?: string; placeholder?: string };
  validations?: { required?: boolean };
}

const template = parse(
  readFileSync(
    new URL("../../.github/ISSUE_TEMPLATE/sop-request.yml", import.meta.url),
    "utf8",
  ),
) as {
  name: string;
  description: string;
  title: string;
  labels: string[];
  body: FormBodyField[];
};
const inputs = template.body.filter((field) => field.type !== "markdown");

describe("the issue form template", () => {
  it("is a GitHub issue form that opens an sop-labelled issue titled 'SOP: '", () => {
    expect(template.name).toBe("SOP request");
    expect(template.description.length).toBeGreaterThan(10);
    expect(template.title).toBe("SOP: ");
    expect(template.labels).toEqual(["sop"]);
  });

  it("has exactly the labels and ids the parser's FORM_FIELDS expects, in order", () => {
    expect(
      inputs.map((f) => ({ id: f.id, label: f.attributes.label })),
    ).toEqual(FORM_FIELDS.map((f) => ({ id: f.id, label: f.label })));
  });

  it("requires name, purpose and steps, and hints at tool: / access: in the steps placeholder", () => {
    const required = inputs
      .filter((f) => f.validations?.required === true)
      .map((f) => f.id);
    expect(required).toEqual(["name", "purpose", "steps"]);
    const steps = inputs.find((f) => f.id === "steps");
    expect(steps?.type).toBe("textarea");
    expect(steps?.attributes.placeholder).toMatch(/^1\. .*tool: .*access: /m);
    expect(inputs.find((f) => f.id === "name")?.type).toBe("input");
    expect(inputs.find((f) => f.id === "roles")?.type).toBe("input");
    expect(inputs.find((f) => f.id === "trigger")?.type).toBe("input");
  });
});

describe("parseIssueForm", () => {
  const body = FORM_FIELDS.map(
    (f, i) => `### ${f.label}\n\n${i === 3 ? "_No response_" : `answer ${i}`}`,
  ).join("\n\n");

  it("maps each label to its answer and _No response_ to null", () => {
    const form = parseIssueForm(body);
    expect(form).not.toBeNull();
    expect([...(form?.keys() ?? [])]).toEqual(FORM_FIELDS.map((f) => f.label));
    expect(form?.get("Process name")).toBe("answer 0");
    expect(form?.get("What triggers it")).toBeNull();
    expect(form?.get("How you know it is done")).toBe("answer 8");
  });

  it("keeps multi-line answers and fenced ### lines inside the answer, and reads extra fields", () => {
    const form = parseIssueForm(
      "### Process name\n\nRefunds\n\n### Steps as they really happen\n\n1. Open the ticket\n```\n### not a field\n```\n2. Refund it\n\n### Team notes\n\nAsk Sam",
    );
    expect(form?.get("Steps as they really happen")).toBe(
      "1. Open the ticket\n```\n### not a field\n```\n2. Refund it",
    );
    expect(form?.get("Team notes")).toBe("Ask Sam");
  });

  it("reads an empty answer as null", () => {
    expect(
      parseIssueForm("### Process name\n\n### Who runs it\n\nOps")?.get(
        "Process name",
      ),
    ).toBeNull();
  });

  it("returns null for a body that is not a form", () => {
    expect(parseIssueForm("We need an SOP.\n\n### Steps\n1. Do it")).toBeNull();
    expect(parseIssueForm("")).toBeNull();
    expect(parseIssueForm("## Steps\n\n1. Open the ticket")).toBeNull();
  });
});
