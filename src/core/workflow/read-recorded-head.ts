import { approvalRecord } from "./approval-record.js";
import type { DecideInput } from "./decide-input.js";
import { resumeCandidate } from "./decide-resume.js";
import type { RunContext } from "./run-context.js";
import { DraftDataSchema, readData } from "./task-data.js";

/**
 * What decideResume needs to know and only the files can tell: whether the
 * pull request's head is exactly the approval record publishing would have
 * written on the approved commit. Read only when there is such a candidate.
 */
export async function readRecordedHead(
  ctx: RunContext,
  input: DecideInput,
): Promise<DecideInput["recordedHead"]> {
  const pull = input.view.snapshot.pull;
  const draft = readData(DraftDataSchema, input.view.latest.draft);
  if (!pull || !draft) return undefined;
  const candidate = resumeCandidate({ ...input, pull });
  if (!candidate) return undefined;
  const record = approvalRecord({
    text: await ctx.forge.readFile(candidate.approval.sha, draft.path),
    approval: candidate.approval,
    pullUrl: pull.url,
    override: candidate.override,
    today: ctx.now().slice(0, 10),
  });
  const matches =
    record !== null &&
    (await ctx.forge.readFile(pull.headSha, draft.path)) === record;
  return { sha: pull.headSha, matches };
}
