import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CaptureSchema } from "../../src/core/capture/capture-schema.js";
import { parseRequest } from "../../src/core/capture/parse-request.js";
import { RequestError } from "../../src/core/capture/request-error.js";
import { EXAMPLES, loadExample } from "./load-example.js";

const form = (fields: Record<string, string>): string =>
  Object.entries(fields)
    .map(([label, value]) => `### ${label}\n\n${value}`)
    .join("\n\n");

function requestError(run: () => unknown): RequestError {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error("expected a RequestError");
}

describe("parseRequest from an issue form", () => {
  const capture = parseRequest({
    title: "SOP: Refunds",
    body: form({
      "Process name": "Customer refund",
      "Purpose — what outcome it produces":
        "The customer gets their money back within 5 days.",
      "Who runs it": "Support engineer and Billing specialist",
      "What triggers it": "_No response_",
      "Steps as they really happen":
        "1. Find the charge in Stripe (tool: Stripe; access: refund permission)\n2. Check the refund policy in Notion\n   - look up the plan\n3. Refund the charge using the Stripe dashboard",
      "Tools, systems and access needed": "- Stripe — Billing Admin\n- Notion",
      "Pitfalls and edge cases — and how they are handled":
        "- Charge older than 90 days — handle by issuing a credit note\n- If the card expired, send a bank transfer form\n- Partial refunds: refund by line item\n- Chargebacks happen",
      '"Oh, and you also have to…" — the things people do from memory':
        '- after step 1: note the ticket number in the charge\n- Oh, and tag the ticket "refunded"',
      "How you know it is done":
        "- Stripe shows the refund\n- The ticket is closed",
      "Anything else": "We used to do this in PayPal.",
    }),
  });

  it("fills the fields and keeps the field the form left empty null", () => {
    expect(CaptureSchema.parse(capture)).toEqual(capture);
    expect(capture.name).toBe("Customer refund");
    expect(capture.purpose).toBe(
      "The customer gets their money back within 5 days.",
    );
    expect(capture.roles).toEqual(["Support engineer", "Billing specialist"]);
    expect(capture.trigger).toBeNull();
    expect(capture.definitionOfDone).toBe(
      "Stripe shows the refund\nThe ticket is closed",
    );
    expect(capture.questions).toEqual([]);
    expect(capture.nextQuestionId).toBe(1);
  });

  it("reads steps in order with nested items joined, tools and access per step, tribal steps where the operator said", () => {
    expect(capture.steps.map((s) => [s.text, s.tribal])).toEqual([
      ["Find the charge in Stripe", false],
      ["note the ticket number in the charge", true],
      ["Check the refund policy in Notion; look up the plan", false],
      ["Refund the charge using the Stripe dashboard", false],
      ['tag the ticket "refunded"', true],
    ]);
    expect(capture.steps[0]).toMatchObject({
      tools: ["Stripe"],
      access: ["refund permission"],
      clarification: null,
    });
    expect(capture.steps[2]?.tools).toEqual(["Notion"]);
    expect(capture.steps[3]?.tools).toEqual(["Stripe"]);
  });

  it("names tools as the tools section does, with their access", () => {
    expect(capture.tools).toEqual([
      { name: "Stripe", access: "Billing Admin" },
      { name: "Notion", access: null },
    ]);
  });

  it("splits pitfalls into situation and handling in all three phrasings", () => {
    expect(capture.pitfalls).toEqual([
      {
        text: "Charge older than 90 days",
        handling: "handle by issuing a credit note",
      },
      { text: "If the card expired", handling: "send a bank transfer form" },
      { text: "Partial refunds", handling: "refund by line item" },
      { text: "Chargebacks happen", handling: null },
    ]);
  });

  it("keeps an answer under an unknown label, and a title that says more than the name, as notes", () => {
    expect(capture.notes).toEqual([
      "Title: SOP: Refunds",
      "Anything else:\nWe used to do this in PayPal.",
    ]);
  });
});

describe("parseRequest from free text", () => {
  it("reads headings, Key: value lines and lists, and keeps unmapped prose as notes", () => {
    const capture = parseRequest({
      title: "Document our laptop return process as an SOP",
      body: [
        "Some background: people leave and laptops go missing.",
        "Trigger: HR marks an employee as leaving in BambooHR",
        "Owner: IT support",
        "",
        "## Steps",
        "1. Email the leaver the return label",
        "2. Wipe the laptop in Jamf (access: Jamf admin)",
        "",
        "## Pitfalls",
        "- Laptop never arrives — escalate to the leaver's manager",
        "",
        "## Done when",
        "The laptop is wiped and back in stock.",
      ].join("\n"),
    });
    expect(capture.name).toBe("Laptop return process");
    expect(capture.trigger).toBe("HR marks an employee as leaving in BambooHR");
    expect(capture.roles).toEqual(["IT support"]);
    expect(capture.steps.map((s) => s.text)).toEqual([
      "Email the leaver the return label",
      "Wipe the laptop in Jamf",
    ]);
    expect(capture.steps[1]).toMatchObject({
      tools: ["Jamf"],
      access: ["Jamf admin"],
    });
    expect(capture.tools).toEqual([{ name: "Jamf", access: "Jamf admin" }]);
    expect(capture.pitfalls).toEqual([
      {
        text: "Laptop never arrives",
        handling: "escalate to the leaver's manager",
      },
    ]);
    expect(capture.definitionOfDone).toBe(
      "The laptop is wiped and back in stock.",
    );
    expect(capture.notes).toEqual([
      "Some background: people leave and laptops go missing.",
    ]);
  });

  it("turns sentences into steps only when the request has no list", () => {
    const prose = parseRequest({
      title: "Backups",
      body: "First we stop the app. Then we copy the database to the backup bucket. Finally we start the app again.",
    });
    expect(prose.steps.map((s) => s.text)).toEqual([
      "First we stop the app.",
      "Then we copy the database to the backup bucket.",
      "Finally we start the app again.",
    ]);
    expect(prose.notes).toEqual([]);
    const listed = parseRequest({
      title: "Backups",
      body: "We do this weekly.\n\n- Stop the app\n- Copy the database",
    });
    expect(listed.steps.map((s) => s.text)).toEqual([
      "Stop the app",
      "Copy the database",
    ]);
    expect(listed.notes).toEqual(["We do this weekly."]);
  });

  it("places 'before step N' and 'after <words of a step>' items, and the rest at the end", () => {
    const capture = parseRequest({
      title: "Release",
      body: "## Steps\n1. Merge the release branch\n2. Tag the release commit\n3. Announce the release in Slack\n\n## Don't forget\n- before step 1: freeze the main branch\n- after tagging the release: push the tag\n- unfreeze the main branch",
    });
    expect(capture.steps.map((s) => s.text)).toEqual([
      "freeze the main branch",
      "Merge the release branch",
      "Tag the release commit",
      "push the tag",
      "Announce the release in Slack",
      "unfreeze the main branch",
    ]);
    expect(capture.steps.map((s) => s.tribal)).toEqual([
      true,
      false,
      false,
      true,
      false,
      true,
    ]);
  });

  it("takes the process name from the title, without 'SOP:' or 'Document … as an SOP'", () => {
    const name = (title: string): string =>
      parseRequest({
        title,
        body: "1. Do the first thing\n2. Do the second thing",
      }).name;
    expect(name("SOP: Payroll run")).toBe("Payroll run");
    expect(name("[SOP] - payroll run")).toBe("Payroll run");
    expect(name("Document our customer onboarding process as an SOP")).toBe(
      "Customer onboarding process",
    );
    expect(name("SOP for vendor offboarding")).toBe("Vendor offboarding");
  });
});

describe("parseRequest on the examples", () => {
  it.each(EXAMPLES)(
    "parses %s into a valid capture with steps and nothing lost",
    (name) => {
      const request = loadExample(name);
      const capture = parseRequest(request);
      expect(CaptureSchema.parse(capture)).toEqual(capture);
      expect(capture.steps.length).toBeGreaterThanOrEqual(5);
      expect(capture.name).not.toBe("");
      expect(capture.questions).toEqual([]);
    },
  );

  it("reads customer-onboarding's 11 steps plus 3 remembered ones, in place", () => {
    const capture = parseRequest(loadExample("customer-onboarding"));
    expect(capture.steps).toHaveLength(14);
    expect(
      capture.steps
        .filter((s) => s.tribal)
        .map((s) => capture.steps.indexOf(s) + 1),
    ).toEqual([4, 8, 14]);
    expect(capture.tools.every((t) => t.access !== null)).toBe(true);
    expect(capture.pitfalls.every((p) => p.handling !== null)).toBe(true);
  });

  it("keeps month-end-close's opening paragraph as a note", () => {
    expect(parseRequest(loadExample("month-end-close")).notes).toEqual([
      "We close the books every month so the finance report matches the bank and nobody can change a closed month by accident.",
    ]);
  });
});

describe("parseRequest on bad input", () => {
  it("rejects an empty request with a clear error", () => {
    const error = requestError(() =>
      parseRequest({ title: "  ", body: "\n<!-- only a comment -->\n\u200B" }),
    );
    expect(error.code).toBe("empty");
    expect(error.message).toMatch(/^The request is empty: /);
  });

  it("rejects a request without steps", () => {
    const error = requestError(() =>
      parseRequest({
        title: "SOP: Payroll",
        body: "Trigger: the 25th of each month\nOwner: Finance",
      }),
    );
    expect(error.code).toBe("no-steps");
    expect(error.message).toMatch(/^The request names no steps: /);
    expect(
      requestError(() =>
        parseRequest({
          title: "SOP: Payroll",
          body: form({
            "Process name": "Payroll",
            "Steps as they really happen": "_No response_",
          }),
        }),
      ).code,
    ).toBe("no-steps");
  });

  it("handles a 1 MB request quickly: the text is capped, and an over-long list or step is refused clearly", () => {
    const started = performance.now();
    const error = requestError(() =>
      parseRequest({
        title: "Big",
        body: "1. Copy the next file to the archive\n".repeat(30_000),
      }),
    );
    expect(error.code).toBe("too-many-steps");
    expect(error.message).toMatch(/split the process into several SOPs/);
    // Capped at 100,000 characters first, so the one step is counted at that length, then refused.
    const long = requestError(() =>
      parseRequest({
        title: "Big",
        body: `1. Copy the file ${"x".repeat(1_000_000)}`,
      }),
    );
    expect(long.code).toBe("item-too-long");
    expect(long.message).toMatch(
      /^Step 1 holds 99,9\d\d characters, more than the 2,000 one item can: split it into several\.$/,
    );
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("rejects binary garbage as unreadable", () => {
    const bytes = Uint8Array.from(
      { length: 4096 },
      (_, i) => (i * 7919 + 13) % 256,
    );
    const garbage = new TextDecoder("utf-8").decode(bytes);
    const error = requestError(() =>
      parseRequest({ title: "upload", body: garbage }),
    );
    expect(error.code).toBe("unreadable");
    expect(error.message).toMatch(/^The request is not readable text: /);
  });

  it("keeps a path-like process name as plain text", () => {
    const capture = parseRequest({
      title: "SOP: ../../.github/workflows/x",
      body: "1. Open the runbook page\n2. Follow the checklist items",
    });
    expect(capture.name).toBe("../../.github/workflows/x");
    expect(capture.steps).toHaveLength(2);
  });

  it("accepts a process name of 300 emoji", () => {
    const name = "🚀👩‍💻✅".repeat(100);
    const capture = parseRequest({
      title: `SOP: ${name}`,
      body: "1. Launch the rocket from the pad",
    });
    expect(capture.name).toBe(name.replace(/\u200D/g, ""));
    expect([...capture.name].length).toBe(400);
  });

  it("stays fast on text built to make patterns backtrack", () => {
    const n = 90_000;
    const bodies = [
      `## Steps\n1. Check the queue\n## Pitfalls\n- a${" ".repeat(n)}b`,
      `# a${"#".repeat(n)}b\n1. Check the queue`,
      `### a${"#".repeat(n)}b\n### Steps as they really happen\n1. Check the queue`,
      `1. a${".".repeat(n)}b`,
      `${"<details".repeat(n / 8)}\n1. Check the queue`,
      `Owner: a${" &".repeat(n / 2)}\n1. Check the queue`,
      `1. x${" tool:".repeat(n / 6)}`,
      `1. ${"e.g. A ".repeat(n / 7)}`,
      `1. If ${"a ".repeat(n / 2)}`,
    ];
    const started = performance.now();
    for (const body of bodies) {
      try {
        expect(
          parseRequest({ title: "Stress", body }).steps.length,
        ).toBeGreaterThan(0);
      } catch (error) {
        expect(error).toBeInstanceOf(RequestError);
      }
    }
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("never throws anything but a RequestError, and always returns a valid capture otherwise", () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.constantFrom(
        "### Steps as they really happen",
        "### Process name",
        "## Pitfalls",
        "**Steps**",
        "Steps:",
        "1. ",
        "- ",
        "   - ",
        "Trigger: ",
        "Owner: ",
      ),
      fc.constantFrom(
        "after step 2: ",
        "before ",
        " — ",
        "(tool: ",
        "; access: ",
        ")",
        "_No response_",
        "<!--",
        "```",
        "If ",
        ", then ",
        "\n",
      ),
    );
    const structured = fc
      .array(piece, { maxLength: 40 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.oneof(fc.string({ unit: "grapheme", maxLength: 400 }), structured),
        (title, body) => {
          try {
            const capture = parseRequest({ title, body });
            expect(CaptureSchema.safeParse(capture).success).toBe(true);
            expect(capture.steps.length).toBeGreaterThan(0);
          } catch (error) {
            expect(error).toBeInstanceOf(RequestError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
