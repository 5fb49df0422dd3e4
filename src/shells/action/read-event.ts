import { readFile } from "node:fs/promises";
import { messageOf } from "../../core/message-of.js";

/** One event as the runner hands it to the job: its name and the webhook payload in a file. */
export interface ActionEvent {
  id: string;
  name: string;
  payload: Record<string, unknown>;
}

/** Read `GITHUB_EVENT_PATH`; an unreadable or malformed file is an error that names the file. */
export async function readEvent(input: {
  name: string;
  path: string;
  id: string;
}): Promise<ActionEvent> {
  let text: string;
  try {
    text = await readFile(input.path, "utf8");
  } catch (error) {
    throw new Error(
      `Could not read the ${input.name} event from ${input.path}`,
      { cause: error },
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    const reason = messageOf(error);
    throw new Error(
      `Unexpected ${input.name} event in ${input.path}: ${reason}, expected the webhook payload as JSON`,
      { cause: error },
    );
  }
  if (
    typeof payload !== "object" ||
    payload === null ||
    Array.isArray(payload)
  ) {
    throw new Error(
      `Unexpected ${input.name} event in ${input.path}: not a JSON object, expected the webhook payload`,
    );
  }
  return {
    id: input.id,
    name: input.name,
    payload: payload as Record<string, unknown>,
  };
}
