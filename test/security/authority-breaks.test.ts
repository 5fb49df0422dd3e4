import { expect, it } from "vitest";
import { runAuthorityBreaks } from "./harness/run-authority-breaks.js";

// The figures bench/reliability prints for the authority rules, each scenario a break the hostile review found.
it("publishes nothing cross-repository, lets no forged note act, and acts on nobody without standing", async () => {
  expect(await runAuthorityBreaks()).toEqual({
    scenarios: 10,
    crossRepoPublishes: 0,
    forgedNoteEffects: 0,
    unauthorisedActedOn: 0,
  });
}, 120_000);
