import { GitHubDouble } from "../../support/github-double/github-double.js";
import { MAINTAINER, OPERATOR } from "../../app/app-harness.js";
import { answerLabelUpdates } from "../../app/label-update-hook.js";

/** The docs repository of the app tests (acme/docs), its operator (write) and maintainer (maintain), optionally a config. */
export function taskDouble(input: { config?: string } = {}): GitHubDouble {
  const files = {
    "README.md": "# docs\n",
    ...(input.config === undefined
      ? {}
      : { ".github/sopflow.yml": input.config }),
  };
  const double = new GitHubDouble({ repo: { files } });
  answerLabelUpdates(double);
  double.addCollaborator({ login: OPERATOR, role: "write" });
  double.addCollaborator({ login: MAINTAINER, role: "maintain" });
  return double;
}
