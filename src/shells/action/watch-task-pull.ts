import type { ProbotOctokit } from "probot";
import { z } from "zod";

const TaskPull = z.object({
  html_url: z.string(),
  head: z.object({ ref: z.string().regex(/^sopflow\/\d+-/) }),
});

/**
 * Tell `onPull` of the task's pull request as this run meets it in GitHub's
 * answers (the forge reads it whenever the task has a draft, and creates it
 * in Draft), so the Action can report its URL without asking GitHub again.
 */
export function watchTaskPull(
  octokit: ProbotOctokit,
  onPull: (url: string) => void,
): void {
  octokit.hook.after("request", (response, options) => {
    if (!String(options.url).includes("/pulls")) return;
    const items: unknown[] = Array.isArray(response.data)
      ? response.data
      : [response.data];
    for (const item of items) {
      const pull = TaskPull.safeParse(item);
      if (pull.success) onPull(pull.data.html_url);
    }
  });
}
