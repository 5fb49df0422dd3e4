import { upsertCatalog } from "../catalog/upsert-catalog.js";
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
    (await ctx.forge.readFile(pull.headSha, draft.path)) === record &&
    (pull.changedFiles !== 2 ||
      (await catalogRecorded(ctx, {
        base: input.view.snapshot.baseBranch,
        approved: candidate.approval.sha,
        head: pull.headSha,
        sop: { path: draft.path, markdown: record },
      })));
  return { sha: pull.headSha, matches };
}

/**
 * With two files changed, the second must be the catalog (it differs from
 * the base's) and hold the row the record gives the SOP, or still the
 * approved one: anything else on the head is a push to walk through.
 */
async function catalogRecorded(
  ctx: RunContext,
  at: {
    base: string;
    approved: string;
    head: string;
    sop: { path: string; markdown: string };
  },
): Promise<boolean> {
  const catalogPath = ctx.config.catalog_path;
  const [onBase, approved, head] = await Promise.all(
    [at.base, at.approved, at.head].map((ref) =>
      ctx.forge.readFile(ref, catalogPath),
    ),
  );
  const expected =
    upsertCatalog({ existing: approved ?? null, catalogPath, sop: at.sop }) ??
    approved;
  // The catalog as approved is a run that died before writing its row: publishing writes it.
  return head !== onBase && (head === expected || head === approved);
}
