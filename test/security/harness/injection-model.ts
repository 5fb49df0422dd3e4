import type { ScriptedResponse } from "../../support/chat-server.js";
import { loadLifecycle, scriptOf } from "../../support/model-lifecycle.js";
import type { InjectionCase } from "./injection-case.js";

/** The API key the app is given in model runs: it must never reach GitHub. */
export const CANARY_KEY = "sk-sopflow-canary-5f1e0c9a7b3d42e8";

/** Every string inside a value, with `from` replaced by `to`; counts the replacements. */
function replaceDeep(
  value: unknown,
  edit: { from: string; to: string; count: { n: number } },
): unknown {
  if (typeof value === "string") {
    edit.count.n += value.split(edit.from).length - 1;
    return value.replaceAll(edit.from, edit.to);
  }
  if (Array.isArray(value)) return value.map((v) => replaceDeep(v, edit));
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, replaceDeep(v, edit)]),
    );
  return value;
}

/**
 * What the loopback chat server replays: the hand-written customer onboarding
 * lifecycle, with the hostile text put into every answer for a model-output
 * case, or an error answer for a model-error case.
 */
export function modelScript(
  entry: InjectionCase,
  hostile: boolean,
): ScriptedResponse[] {
  if (entry.slot === "model-error") {
    const message = (hostile ? entry.text : (entry.benign ?? "")).replaceAll(
      "{key}",
      CANARY_KEY,
    );
    return [
      {
        status: 401,
        body: {
          error: {
            message,
            type: "invalid_request_error",
            param: null,
            code: "invalid_api_key",
          },
        },
      },
    ];
  }
  const script = scriptOf(loadLifecycle("customer-onboarding").exchanges);
  if (entry.slot !== "model-output" || !hostile || entry.replace === undefined)
    return script;
  const edit = { from: entry.replace, to: entry.text, count: { n: 0 } };
  const mutated = script.map((response) => {
    const body = structuredClone(response.body) as {
      choices: { message: { content: string } }[];
    };
    for (const choice of body.choices)
      choice.message.content = JSON.stringify(
        replaceDeep(JSON.parse(choice.message.content), edit),
      );
    return { ...response, body };
  });
  if (edit.count.n === 0)
    throw new Error(
      `Unexpected case ${entry.id}: "${edit.from}" is in no hand-written answer, expected at least one`,
    );
  return mutated;
}
