import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Capture } from "../../src/core/capture/capture-schema.js";
import { RequestError } from "../../src/core/capture/request-error.js";
import { createOfflineModel } from "../../src/model/offline/offline-model.js";
import { readRequestFile } from "../../src/shells/cli/read-request-file.js";

// The requests in bench/corpus/ are hand-written (see its README): messages as busy people write them.
const corpus = join(import.meta.dirname, "../../bench/corpus");
const model = createOfflineModel();

async function capture(name: string): Promise<Capture> {
  const request = await readRequestFile(join(corpus, `${name}.md`));
  return (await model.capture({ request, previous: null, answers: [] })).value;
}

const inline = async (body: string): Promise<Capture> =>
  (
    await model.capture({
      request: { title: "Discharge", body },
      previous: null,
      answers: [],
    })
  ).value;

const stepTexts = (c: Capture): string => c.steps.map((s) => s.text).join("\n");

describe("capture of a Slack message (ward handover)", async () => {
  const c = await capture("ward-handover-slack");

  it("drops the greeting, the request for an SOP and the sign-off", () => {
    expect(stepTexts(c)).not.toMatch(
      /Hi all|turn this into an SOP|thanks|Priya/,
    );
    expect(c.notes.join("\n")).toMatch(/Hi all/);
  });

  it("takes who and when from the sentences, and does not ask about them", () => {
    expect(c.roles).toEqual(["Outgoing nurse", "Incoming nurse"]);
    expect(c.trigger).toBe("At 07:00 and 19:00");
    expect(c.questions.map((q) => q.about)).not.toContain("roles");
    expect(c.questions.map((q) => q.about)).not.toContain("trigger");
  });

  it("turns each condition into an edge case with what to do", () => {
    expect(c.pitfalls).toEqual([
      {
        text: "If a patient is NBM",
        handling:
          "Check the sign above the bed and make sure the anaesthetist's note says which meds to hold.",
      },
      {
        text: "If the count is wrong",
        handling:
          "Don't leave the ward, tell the nurse in charge straight away and fill in a Datix.",
      },
      {
        text: "If it's out of range",
        handling:
          "Quarantine everything in the fridge (put it in the blue box, don't use it) and ring pharmacy on bleep 2231.",
      },
    ]);
  });

  it("makes the forgotten fridge check a caution on that step, and the safety rule a standing caution", () => {
    const fridge = c.steps.findIndex((s) =>
      s.text.startsWith("Check the fridge"),
    );
    expect(c.cautions).toEqual([
      {
        text: "People forget this step: check the fridge is between 2 and 8°C",
        step: fridge + 1,
      },
      {
        text: "Never hand over a patient's meds at the bedside to agency staff without the nurse in charge knowing.",
        step: null,
      },
    ]);
    expect(stepTexts(c)).not.toMatch(/Dave|Never hand over/);
  });

  it("asks once about each acronym the message never explains", () => {
    const acronyms = c.questions
      .filter((q) => q.about.startsWith("acronym:"))
      .map((q) => q.about);
    expect(acronyms.sort()).toEqual(
      ["acronym:CD", "acronym:MAR", "acronym:NBM", "acronym:PRN"].sort(),
    );
  });
});

describe("capture of an email (warehouse receiving)", async () => {
  const c = await capture("warehouse-receiving-email");

  it("keeps the check before breaking the seal ahead of the unloading, as a caution", () => {
    const texts = c.steps.map((s) => s.text);
    const seal = texts.findIndex((t) =>
      t.startsWith("Before breaking the seal"),
    );
    const unload = texts.findIndex((t) => t.includes("unloads"));
    expect(seal).toBeGreaterThanOrEqual(0);
    expect(seal).toBeLessThan(unload);
    expect(c.cautions?.some((x) => x.step === seal + 1)).toBe(true);
  });

  it("puts the site rule in the cautions, not the steps", () => {
    expect(stepTexts(c)).not.toMatch(/drivers' lounge|hi-vis/);
    expect(c.cautions?.map((x) => x.text)).toContain(
      "The driver must wait in the drivers' lounge while we unload, hi-vis on at all times on the dock.",
    );
  });

  it("keeps the sign-off and its phone-free signature out of everything but the notes", () => {
    expect(JSON.stringify({ ...c, notes: [] })).not.toMatch(/Sandra|Okafor/);
  });
});

describe("capture of free text, smaller cases", () => {
  it("reads 'someone in support or finance handles it' as two roles, and its when-clause as the trigger", async () => {
    const c = await capture("finance-refunds-slack");
    expect(c.roles).toEqual(["Support", "Finance"]);
    expect(c.trigger).toMatch(/^When a customer asks for a refund/);
  });

  it("never invents a tool from punctuation or a role from an aside", async () => {
    const c = await inline(
      "hi all, the ward clerk books the transport. Check the discharge letter is in Epic. Then ring the family - for agency staff, ask the nurse in charge first. thanks!",
    );
    expect(c.tools.map((t) => t.name)).toEqual(["Epic"]);
    expect(c.roles).toEqual(["Ward clerk"]);
    expect(c.steps[0]?.text).toBe("The ward clerk books the transport.");
  });

  it("asks about vague words in the operator's own words, once each", async () => {
    const c = await capture("office-vague-paragraph");
    const texts = c.questions.map((q) => q.text.toLowerCase()).join("\n");
    for (const phrase of [
      "usual stuff",
      "Sometimes the alarm code is different",
      "let them know",
    ])
      expect(texts).toContain(phrase.toLowerCase());
    const abouts = c.questions.map((q) => q.about);
    expect(new Set(abouts).size).toBe(abouts.length);
  });

  it("refuses a request that is not English instead of mangling it", async () => {
    const request = await readRequestFile(
      join(corpus, "not-english-ouverture.md"),
    );
    const error = await model
      .capture({ request, previous: null, answers: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).code).toBe("not-english");
  });

  it("records an acronym's answer in Definitions and stops asking", async () => {
    const request = await readRequestFile(
      join(corpus, "it-patching-meeting-notes.md"),
    );
    const first = (
      await model.capture({ request, previous: null, answers: [] })
    ).value;
    const cab = first.questions.find((q) => q.about === "acronym:CAB");
    expect(cab).toBeDefined();
    const second = (
      await model.capture({
        request,
        previous: first,
        answers: [{ questionId: cab?.id ?? 0, text: "Change Advisory Board" }],
      })
    ).value;
    expect(second.definitions).toEqual([
      { term: "CAB", meaning: "Change Advisory Board" },
    ]);
    expect(second.questions.map((q) => q.about)).not.toContain("acronym:CAB");
  });
});
