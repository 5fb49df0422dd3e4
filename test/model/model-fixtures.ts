import { readFileSync } from "node:fs";
import type { RequestText } from "../../src/core/ports/model.js";
import type { ScriptedResponse } from "../support/chat-server.js";

const DIR = new URL("../fixtures/model/", import.meta.url);

export type ModelFixtureName =
  | "capture-success"
  | "draft-success"
  | "walkthrough-success"
  | "rate-limited-then-success"
  | "server-error-then-success"
  | "server-error-forever"
  | "hang"
  | "malformed-json"
  | "schema-invalid"
  | "refusal"
  | "finish-length"
  | "insufficient-quota";

/** A hand-written exchange: the responses the chat server replays, in order. */
export function loadModelFixture(name: ModelFixtureName): ScriptedResponse[] {
  const fixture = JSON.parse(
    readFileSync(new URL(`${name}.json`, DIR), "utf8"),
  ) as { responses: ScriptedResponse[] };
  return fixture.responses;
}

/** The value the fixture's first completion carries (its message content, parsed). */
export function fixtureAnswer(name: ModelFixtureName): unknown {
  const completion = loadModelFixture(name).find(
    (response) => response.status === 200,
  );
  const body = completion?.body as
    { choices: { message: { content: string } }[] } | undefined;
  return JSON.parse(body?.choices[0]?.message.content ?? "null");
}

/** The operator's request the hand-written exchanges answer. */
export function loadRequest(): RequestText {
  return JSON.parse(
    readFileSync(new URL("request.json", DIR), "utf8"),
  ) as RequestText;
}
