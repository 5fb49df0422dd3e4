import type { Root } from "mdast";
import { inertMentions } from "../../markdown/inert-mentions.js";
import { stringifyMarkdown } from "../../markdown/stringify-markdown.js";
import { encodeNote } from "../../notes/encode-note.js";
import type { NoteStep } from "../../notes/note-header.js";
import type { Usage } from "../../ports/model.js";
import type { RunContext } from "../run-context.js";

const NO_USAGE: Usage = { calls: 0, tokensIn: 0, tokensOut: 0 };

/**
 * `task_notes_add`: post a note (in parts when long) as the app. A note
 * mentions nobody but the `mentionable` people (default: nobody).
 */
export async function postNote(
  ctx: RunContext,
  note: {
    step: NoteStep;
    revision: number;
    inputs: string[];
    body: Root;
    data: unknown;
    usage?: Usage;
    byModel?: boolean;
    mentionable?: string[];
  },
): Promise<void> {
  const usage = note.usage ?? NO_USAGE;
  const identity =
    note.byModel === false
      ? { provider: "sopflow", model: "none" }
      : ctx.model.identity;
  const parts = encodeNote({
    step: note.step,
    revision: note.revision,
    inputs: note.inputs,
    provider: identity.provider,
    model: identity.model,
    calls: usage.calls,
    tokensIn: usage.tokensIn,
    tokensOut: usage.tokensOut,
    at: ctx.now(),
    body: stringifyMarkdown(
      inertMentions({ tree: note.body, keep: note.mentionable ?? [] }),
    ),
    data: note.data,
  });
  for (const part of parts) await ctx.forge.comment(part);
  ctx.log.info(
    {
      issue: ctx.taskId,
      step: note.step,
      revision: note.revision,
      parts: parts.length,
    },
    `posted ${note.step} note`,
  );
}

export function addUsage(a: Usage, b: Usage): Usage {
  return {
    calls: a.calls + b.calls,
    tokensIn: a.tokensIn + b.tokensIn,
    tokensOut: a.tokensOut + b.tokensOut,
  };
}
