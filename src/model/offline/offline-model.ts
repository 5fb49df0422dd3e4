import type { Model, Usage } from "../../core/ports/model.js";
import { offlineDraft } from "./offline-draft.js";
import { assertEnglish } from "../../core/capture/free-text/english-only.js";
import { offlineCapture } from "./offline-capture.js";
import { offlineWalkthrough } from "./offline-walkthrough.js";

// No model is called, so nothing is spent; notes still record who produced them.
const NO_USAGE: Usage = { calls: 0, tokensIn: 0, tokensOut: 0 };

/**
 * sopflow's embedded default Model: deterministic and model-free. It turns a
 * capture into a correct-but-plain SOP and asks the operator whatever it
 * cannot know. Request errors (RequestError) reach the caller unchanged.
 */
export function createOfflineModel(): Model {
  return {
    identity: { provider: "offline", model: "sopflow-offline-drafter" },
    capture: async (input) => {
      assertEnglish(input.request);
      return { value: await offlineCapture(input), usage: { ...NO_USAGE } };
    },
    draft: async (input) => ({
      value: offlineDraft(input),
      usage: { ...NO_USAGE },
    }),
    walkthrough: async (input) => ({
      value: offlineWalkthrough(input),
      usage: { ...NO_USAGE },
    }),
  };
}
