import { renderLabel } from "../support/github-double/factories/render-label.js";
import type { GitHubDouble } from "../support/github-double/github-double.js";

/**
 * Answers PATCH /repos/{owner}/{repo}/labels/{name} (the double has no
 * handler for it yet); the double still checks request and response
 * against GitHub's description.
 */
export function answerLabelUpdates(double: GitHubDouble): void {
  double.onRequest((request) => {
    if (request.operationId !== "issues/update-label") return undefined;
    const label = double.repo.labels.get(
      String(request.params.name).toLowerCase(),
    );
    if (!label)
      return {
        status: 404,
        body: {
          message: "Not Found",
          documentation_url: "https://docs.github.com/rest",
        },
      };
    const patch = request.body as { color?: string; description?: string };
    if (patch.color !== undefined) label.color = patch.color;
    if (patch.description !== undefined) label.description = patch.description;
    return { status: 200, body: renderLabel(double.repo, label) };
  });
}
