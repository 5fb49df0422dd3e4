import type { NoteDraft } from "../../src/core/notes/encode-note.js";
import type { TaskComment } from "../../src/core/ports/forge.js";

/** A capture note's header fields, for tests to override. */
export const base: Omit<NoteDraft, "body" | "data"> = {
  step: "capture",
  revision: 1,
  inputs: ["request:abc"],
  provider: "offline",
  model: "sopflow-offline-drafter",
  calls: 0,
  tokensIn: 0,
  tokensOut: 0,
  at: "2026-11-26T10:00:00Z",
};

/** Comment bodies as the forge lists them, by the app unless said otherwise, a minute apart. */
export const asComments = (
  bodies: string[],
  authorKind: TaskComment["authorKind"] = "self",
): TaskComment[] =>
  bodies.map((body, i) => ({
    id: String(i + 1),
    author: "sopflow[bot]",
    authorKind,
    body,
    createdAt: `2026-11-26T10:${String(i).padStart(2, "0")}:00Z`,
  }));
