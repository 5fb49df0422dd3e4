import { describe, expect, it } from "vitest";
import { approveSopFile } from "../../src/core/sop/approve-sop-file.js";
import { buildSopFile } from "../../src/core/sop/build-sop-file.js";
import { SopFileSchema } from "../../src/core/sop/sop-schema.js";
import { sampleSopFile } from "./sample-sop-file.js";

const task = {
  id: "refund-a-customer",
  sourceIssue: "acme/ops#12",
  owner: "mona",
};
const base = { task, reviewIntervalDays: 180, author: "sopflow" };
const { content } = sampleSopFile();

describe("buildSopFile", () => {
  it("makes version 1.0 of a first draft, with dates computed from today in UTC", () => {
    const file = buildSopFile({
      ...base,
      content,
      previous: null,
      today: "2026-11-26",
      change: "First draft",
    });
    expect(SopFileSchema.parse(file)).toEqual(file);
    expect(file.frontMatter).toEqual({
      id: "refund-a-customer",
      title: "Refund a customer",
      version: "1.0",
      status: "draft",
      owner: "mona",
      trigger: "A customer asks for a refund.",
      source_issue: "acme/ops#12",
      last_validated: "2026-11-26",
      review_due: "2027-05-25",
      approval: null,
    });
    expect(file.revisions).toEqual([
      {
        version: "1.0",
        date: "2026-11-26",
        author: "sopflow",
        change: "First draft",
      },
    ]);
  });

  it("bumps the minor version of each redraft and keeps earlier revision rows", () => {
    const first = buildSopFile({
      ...base,
      content,
      previous: null,
      today: "2026-11-26",
      change: "First draft",
    });
    const second = buildSopFile({
      ...base,
      content,
      previous: first,
      today: "2026-11-27",
      change: "Reviewer feedback",
    });
    const third = buildSopFile({
      ...base,
      content,
      previous: second,
      today: "2026-11-28",
      change: "More feedback",
    });
    expect([first, second, third].map((f) => f.frontMatter.version)).toEqual([
      "1.0",
      "1.1",
      "1.2",
    ]);
    expect(
      third.revisions.map((r) => `${r.version} ${r.date} ${r.change}`),
    ).toEqual([
      "1.0 2026-11-26 First draft",
      "1.1 2026-11-27 Reviewer feedback",
      "1.2 2026-11-28 More feedback",
    ]);
  });

  it("starts the next major version when the previous one was published, keeping its id", () => {
    const published = {
      ...sampleSopFile(),
      frontMatter: {
        ...sampleSopFile().frontMatter,
        id: "kept-id",
        version: "1.3",
        status: "published" as const,
      },
    };
    const next = buildSopFile({
      ...base,
      content,
      previous: published,
      today: "2027-01-02",
      change: "Revision",
    });
    expect(next.frontMatter.version).toBe("2.0");
    expect(next.frontMatter.id).toBe("kept-id");
  });

  it("crosses month, year and leap-day boundaries exactly", () => {
    const build = (today: string, reviewIntervalDays: number) =>
      buildSopFile({
        ...base,
        reviewIntervalDays,
        content,
        previous: null,
        today,
        change: "x",
      }).frontMatter.review_due;
    expect(build("2027-12-31", 1)).toBe("2028-01-01");
    expect(build("2028-02-28", 1)).toBe("2028-02-29");
    expect(build("2026-03-28", 2)).toBe("2026-03-30");
  });

  it("refuses an impossible today instead of writing a wrong date", () => {
    expect(() =>
      buildSopFile({
        ...base,
        content,
        previous: null,
        today: "2026-02-30",
        change: "x",
      }),
    ).toThrow(/2026-02-30/);
  });

  it("starts again at 1.0 over a file whose version is not MAJOR.MINOR", () => {
    const odd = {
      ...sampleSopFile(),
      frontMatter: { ...sampleSopFile().frontMatter, version: "v2" },
    };
    expect(
      buildSopFile({
        ...base,
        content,
        previous: odd,
        today: "2026-11-26",
        change: "x",
      }).frontMatter.version,
    ).toBe("1.0");
  });
});

describe("approveSopFile", () => {
  it("publishes the file with its approval recorded and today as last validated", () => {
    const approval = {
      by: "octocat",
      at: "2026-12-01T10:00:00Z",
      link: "https://github.com/acme/ops/pull/13#pullrequestreview-9",
    };
    const approved = approveSopFile({
      file: sampleSopFile(),
      approval,
      today: "2026-12-01",
    });
    expect(approved.frontMatter).toMatchObject({
      status: "published",
      approval,
      last_validated: "2026-12-01",
      version: "1.0",
    });
    expect(approved.content).toEqual(sampleSopFile().content);
    // The current version's row names the approver too; earlier rows stay as they were.
    const rows = sampleSopFile().revisions;
    expect(approved.revisions.slice(0, -1)).toEqual(rows.slice(0, -1));
    expect(approved.revisions.at(-1)).toEqual({
      ...rows.at(-1),
      author: `${rows.at(-1)?.author}, octocat (approved)`,
    });
  });
});
