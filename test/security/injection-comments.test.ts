import { injectionSuite } from "./harness/injection-suite.js";

const COMMENT_SLOTS = ["comment", "late-comment", "review"];

injectionSuite(
  "hostile comments and reviews, offline drafter",
  (entry, model) => model === "offline" && COMMENT_SLOTS.includes(entry.slot),
);
