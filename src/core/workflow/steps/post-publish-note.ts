import {
  heading,
  link,
  list,
  paragraph,
  root,
  strong,
  text,
} from "../../markdown/md-builders.js";
import type { PullSnapshot } from "../../ports/forge.js";
import type { PublishOverride } from "../action.js";
import { participants } from "../participants.js";
import type { RunContext } from "../run-context.js";
import type { PublishData } from "../task-data.js";
import type { TaskView } from "../task-view.js";
import { addUsage, postNote } from "./post-note.js";
import { inputId } from "../task-input.js";

/** The publish note: where the SOP now lives, who approved it, and what the task cost. */
export async function postPublishNote(
  ctx: RunContext,
  view: TaskView,
  input: {
    mergeSha: string;
    path: string;
    by: string;
    pull: PullSnapshot;
    override?: PublishOverride;
  },
): Promise<void> {
  const permalink = ctx.forge.permalink({
    sha: input.mergeSha,
    path: input.path,
  });
  const total = view.allNotes.reduce(
    (sum, n) =>
      addUsage(sum, {
        calls: n.header.calls,
        tokensIn: n.header.tokensIn,
        tokensOut: n.header.tokensOut,
      }),
    { calls: 0, tokensIn: 0, tokensOut: 0 },
  );
  const providers = [
    ...new Set(
      view.allNotes
        .filter((n) => n.header.provider !== "sopflow")
        .map((n) => `${n.header.provider} (${n.header.model})`),
    ),
  ];
  const data: PublishData = {
    mergeSha: input.mergeSha,
    path: input.path,
    permalink,
    by: input.by,
  };
  await postNote(ctx, {
    step: "publish",
    revision: 1,
    inputs: [inputId.merge(input.mergeSha)],
    byModel: false,
    usage: total,
    data,
    mentionable: participants(view),
    body: root([
      heading(3, "Step 4 · Publish"),
      paragraph(
        "Published ",
        link(permalink, input.path),
        ` (merge commit ${input.mergeSha.slice(0, 7)}, pull request #${input.pull.number}), approved by @${input.by}.`,
      ),
      ...(input.override
        ? [
            paragraph(
              strong("Published over the gate:"),
              text(
                ` ${input.override.blockers.join(" and ")} remained; @${input.override.by} chose to publish anyway (\`/sop publish anyway\`). The SOP's revision history records it.`,
              ),
            ),
          ]
        : []),
      list([
        [strong("Model:"), text(` ${providers.join(", ") || "none"}`)],
        [strong("Model calls:"), text(` ${total.calls}`)],
        [
          strong("Tokens:"),
          text(` ${total.tokensIn} in, ${total.tokensOut} out`),
        ],
      ]),
      paragraph(
        "Every step of this SOP is on record in the notes above. Workflow complete.",
      ),
    ]),
  });
}
