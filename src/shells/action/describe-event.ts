import { routeEvent, taskKey } from "../app/route-event.js";
import type { TaskLink } from "./job-summary.js";
import type { ActionEvent } from "./read-event.js";

/** The event's full name ("issues.opened") and the task it concerns, from the payload alone. */
export function describeEvent(
  event: ActionEvent,
  serverUrl: string,
): { event: string; task: TaskLink | null } {
  const action = event.payload.action;
  const name =
    typeof action === "string" ? `${event.name}.${action}` : event.name;
  const route = routeEvent({ name: event.name, payload: event.payload });
  if (route.kind === "ignore") return { event: name, task: null };
  const { owner, repo, issueNumber } = route.task;
  return {
    event: name,
    task: {
      key: taskKey(route.task),
      url: `${serverUrl}/${owner}/${repo}/issues/${issueNumber}`,
    },
  };
}
