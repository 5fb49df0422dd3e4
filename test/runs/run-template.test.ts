import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { RUN_LABEL } from "../../src/core/checklist/build-checklist.js";
import {
  readRunForm,
  RUN_FORM_FIELD,
} from "../../src/core/checklist/read-run-form.js";
import { INIT_FILES } from "../../src/shells/cli/init-command.js";

describe("the Run an SOP issue form", () => {
  const form = parse(
    readFileSync(
      new URL("../../.github/ISSUE_TEMPLATE/sop-run.yml", import.meta.url),
      "utf8",
    ),
  ) as {
    labels: string[];
    body: { type: string; attributes: { label?: string } }[];
  };

  it("is written by sopflow init, carries the run label and the field the app reads", () => {
    expect(INIT_FILES.map((f) => f.target)).toContain(
      ".github/ISSUE_TEMPLATE/sop-run.yml",
    );
    expect(form.labels).toEqual([RUN_LABEL]);
    const input = form.body.find((b) => b.type === "input");
    expect(input?.attributes.label).toBe(RUN_FORM_FIELD);
    // GitHub renders an answered form as "### <label>" and the answer.
    expect(
      readRunForm(`### ${RUN_FORM_FIELD}\n\nswap-forklift-battery\n`),
    ).toBe("swap-forklift-battery");
    expect(readRunForm(`### ${RUN_FORM_FIELD}\n\n_No response_\n`)).toBeNull();
  });
});
