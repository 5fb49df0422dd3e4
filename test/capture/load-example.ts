import { readFileSync } from "node:fs";
import type { RequestText } from "../../src/core/ports/model.js";

export const EXAMPLES_DIR = new URL("../../examples/", import.meta.url);
export const EXAMPLES = [
  "customer-onboarding",
  "month-end-close",
  "on-call-handover",
] as const;
export const COMPLETE_EXAMPLES = [
  "customer-onboarding",
  "month-end-close",
] as const;

/** An example request: a leading "# Title" line is the issue title, the rest the body. */
export function loadExample(name: string): RequestText {
  const text = readFileSync(new URL(`${name}.md`, EXAMPLES_DIR), "utf8");
  const [first = "", ...rest] = text.split("\n");
  return first.startsWith("# ")
    ? { title: first.slice(2).trim(), body: rest.join("\n") }
    : { title: "", body: text };
}

export function loadAnswers(name: string): string {
  return readFileSync(new URL(`${name}.answers.md`, EXAMPLES_DIR), "utf8");
}
