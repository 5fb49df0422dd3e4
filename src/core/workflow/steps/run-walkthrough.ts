import { runChecks } from "../../checks/run-checks.js";
import { fixContent } from "../../checks/fix-content.js";
import type { Finding } from "../../checks/finding.js";
import { HeadMovedError } from "../../ports/forge.js";
import type { WalkFinding } from "../../ports/model.js";
import { parseSop } from "../../sop/parse-sop.js";
import { describeChanges } from "../../sop/describe-changes.js";
import { editSop } from "../../sop/edit-sop.js";
import type { SopContent, SopFile } from "../../sop/sop-schema.js";
import type { Action } from "../action.js";
import { walkthroughNoteBody } from "../bodies/walkthrough-note-body.js";
import type { RunContext } from "../run-context.js";
import {
  CaptureDataSchema,
  DraftDataSchema,
  FILE_IN_NOTE_LIMIT,
  readData,
  type WalkthroughData,
} from "../task-data.js";
import type { TaskView } from "../task-view.js";
import { addUsage, postNote } from "./post-note.js";
import { inputId } from "../task-input.js";
import { captureFromSop } from "../../revise/capture-from-sop.js";
import { alongsideOf } from "./alongside-of.js";

/**
 * Step 3: walk the draft as a first-timer — deterministic checks and the
 * model's walk together, fixing and checking again up to the configured
 * rounds — then report on the PR and ask for the human checkpoint.
 */
export async function runWalkthrough(
  ctx: RunContext,
  view: TaskView,
  action: Extract<Action, { kind: "walkthrough" }>,
): Promise<void> {
  const captured = readData(CaptureDataSchema, view.latest.capture);
  const draft = readData(DraftDataSchema, view.latest.draft);
  const pull = view.snapshot.pull;
  if (!captured || !draft || !pull)
    throw new Error(
      "Unexpected walkthrough without capture, draft and pull request, expected all three",
    );
  const text = await ctx.forge.readFile(action.sha, draft.path);
  if (text === null)
    throw new Error(
      `Unexpected missing SOP file ${draft.path} at ${action.sha.slice(0, 7)}, expected the draft's file`,
    );
  const file = parseSop(text).file;
  // A revision's capture is the published SOP: what the change asked for replaces part of it, so coverage is checked against the file as revised.
  const capture = captured.lifecycle
    ? captureFromSop(file.content)
    : captured.capture;
  const today = ctx.now().slice(0, 10);
  const check = (
    content: SopContent,
  ): { markdown: string; findings: Finding[] } => {
    // A minimal edit of the file as committed: whatever the SOP model does not hold stays as it is.
    const markdown = editSop({ source: text, next: { ...file, content } });
    return {
      markdown,
      findings: runChecks({ markdown, capture: capture, today }),
    };
  };

  let content = file.content;
  let usage = { calls: 0, tokensIn: 0, tokensOut: 0 };
  let walk: WalkFinding[] = [];
  let addressed: { id: string; how: string }[] = [];
  // A revision, confirmation or retirement is walked and reported, never edited: the pull request shows exactly the change asked for. Only a revision has steps a model needs to walk.
  const lifecycle = captured.lifecycle?.kind;
  const rounds =
    lifecycle === "confirm" || lifecycle === "retire"
      ? 0
      : Math.max(1, ctx.config.walkthrough_rounds);
  for (let round = 1; round <= rounds; round++) {
    ctx.progress?.(
      `Walking the draft through as a first-timer (round ${round} of ${rounds})…`,
    );
    const before = fixContent({ content, capture: capture });
    const result = await ctx.model.walkthrough({
      capture: capture,
      content: before.content,
      findings: check(before.content).findings,
      feedback: action.feedback,
      earlierFeedback: action.earlierFeedback,
    });
    usage = addUsage(usage, result.usage);
    const after = fixContent({
      content: result.value.content,
      capture: capture,
    });
    const settled = JSON.stringify(after.content) === JSON.stringify(content);
    content = after.content;
    walk = result.value.findings;
    addressed = result.value.addressed.length
      ? result.value.addressed
      : addressed;
    const errors =
      check(content).findings.filter((f) => f.severity === "error").length +
      walk.filter((w) => w.severity === "error").length;
    if (errors === 0 || settled) break;
  }

  // A file lint finds nothing in is left exactly as committed: what the walk found goes to the reviewer.
  if (lifecycle || check(file.content).findings.length === 0)
    content = file.content;
  const final: SopFile = { ...file, content };
  const { markdown, findings } = check(content);
  let sha = action.sha;
  if (markdown !== text) {
    try {
      sha = await ctx.forge.commitFile({
        branch: draft.branch,
        base: view.snapshot.baseBranch,
        path: draft.path,
        content: markdown,
        message: `docs(sop): walkthrough fixes for "${final.content.title}"`,
        expectedHead: action.sha,
        ...alongsideOf(ctx, {
          path: draft.path,
          before: text,
          after: markdown,
        }),
      });
    } catch (error) {
      if (error instanceof HeadMovedError) return; // someone pushed meanwhile: the next pass walks their head
      throw error;
    }
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  await ctx.forge.reportCheck({
    sha,
    path: draft.path,
    findings,
    summary: errors
      ? `${errors} problem(s) need the reviewer's attention`
      : "Every walkthrough check passes",
  });
  const reviewers = (
    ctx.config.reviewers.length ? ctx.config.reviewers : [view.snapshot.author]
  ).filter(Boolean);
  await ctx.forge.requestReview({ pull: pull.number, reviewers });
  const data: WalkthroughData = {
    config: ctx.config,
    sha,
    errors,
    openQuestions: content.gaps.length,
    remaining: [
      ...findings.map((f) => f.message),
      ...walk.map((w) => w.missing),
    ],
    ...(markdown.length <= FILE_IN_NOTE_LIMIT ? { file: markdown } : {}),
  };
  await postNote(ctx, {
    step: "walkthrough",
    revision: action.revision,
    inputs: [...new Set([...action.inputs, inputId.sha(sha)])],
    body: walkthroughNoteBody({
      revision: action.revision,
      sha,
      pull,
      // Every change to the committed text is named, whoever (rule or model) made it.
      fixed: markdown === text ? [] : describeChanges(file.content, content),
      findings,
      walk,
      feedback: action.feedback,
      addressed,
    }),
    data,
    usage,
  });
}
