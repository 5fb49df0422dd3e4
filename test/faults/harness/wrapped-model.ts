import type { Capture } from "../../../src/core/capture/capture-schema.js";
import type {
  CaptureInput,
  DraftInput,
  Model,
  WalkInput,
  WalkOutput,
} from "../../../src/core/ports/model.js";
import type { SopContent } from "../../../src/core/sop/sop-schema.js";
import { createOfflineModel } from "../../../src/model/offline/offline-model.js";

/** How a misbehaving model changes the offline drafter's answer; `call` counts that operation's calls from 1. */
export interface Misbehaviour {
  capture?: (value: Capture, input: CaptureInput, call: number) => Capture;
  draft?: (value: SopContent, input: DraftInput, call: number) => SopContent;
  walkthrough?: (
    value: WalkOutput,
    input: WalkInput,
    call: number,
  ) => WalkOutput;
}

/**
 * A model that answers like the offline drafter, bent by `misbehaviour`:
 * the answers a real model might give (inconsistent, lossy, hostile) with
 * everything else deterministic. One instance keeps counting across events.
 */
export function wrappedModel(
  misbehaviour: Misbehaviour,
): Model & { calls: { capture: number; draft: number; walkthrough: number } } {
  const offline = createOfflineModel();
  const calls = { capture: 0, draft: 0, walkthrough: 0 };
  return {
    identity: { provider: "test", model: "misbehaving" },
    calls,
    async capture(input) {
      const result = await offline.capture(input);
      calls.capture += 1;
      return {
        ...result,
        value:
          misbehaviour.capture?.(result.value, input, calls.capture) ??
          result.value,
      };
    },
    async draft(input) {
      const result = await offline.draft(input);
      calls.draft += 1;
      return {
        ...result,
        value:
          misbehaviour.draft?.(result.value, input, calls.draft) ??
          result.value,
      };
    },
    async walkthrough(input) {
      const result = await offline.walkthrough(input);
      calls.walkthrough += 1;
      return {
        ...result,
        value:
          misbehaviour.walkthrough?.(result.value, input, calls.walkthrough) ??
          result.value,
      };
    },
  };
}
