import { injectionSuite } from "./harness/injection-suite.js";

// The openai adapter against the loopback chat server replaying a hand-written lifecycle.
injectionSuite(
  "hostile requests and model answers, OpenAI-compatible model",
  (_entry, model) => model === "openai",
);
