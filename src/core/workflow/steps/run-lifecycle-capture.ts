import { readCatalog } from "../../catalog/read-catalog.js";
import { quoteText } from "../../capture/quote-text.js";
import {
  code,
  paragraph,
  root,
  heading,
  text,
} from "../../markdown/md-builders.js";
import { hashText } from "../../notes/hash-text.js";
import { captureFromSop } from "../../revise/capture-from-sop.js";
import type { LifecycleData } from "../../revise/lifecycle-data.js";
import type { LifecycleRequest } from "../../revise/lifecycle-request.js";
import { parseSop } from "../../sop/parse-sop.js";
import { sopPath } from "../../sop/sop-path.js";
import type { Action } from "../action.js";
import type { RunContext } from "../run-context.js";
import { labelFor } from "../state-labels.js";
import { CaptureDataSchema, readData, type CaptureData } from "../task-data.js";
import type { TaskView } from "../task-view.js";
import { postNote } from "./post-note.js";

const VERB = { revise: "Revision", confirm: "Review", retire: "Retirement" };

/**
 * Step 1 of a revision, confirmation or retirement: find the published SOP
 * (by path, or by id through the catalog), read it from the docs branch and
 * record it as this cycle's capture, with what was asked. A closed issue is
 * reopened: the task is under way again.
 */
export async function runLifecycleCapture(
  ctx: RunContext,
  view: TaskView,
  action: Extract<Action, { kind: "capture" }> & {
    lifecycle: LifecycleRequest;
  },
): Promise<void> {
  const { snapshot } = view;
  const request = action.lifecycle;
  const path = await resolvePath(ctx, snapshot.baseBranch, request.target);
  const source = await ctx.forge.readFile(snapshot.baseBranch, path);
  if (source === null)
    throw new Error(
      `Unexpected missing ${path} on ${snapshot.baseBranch}, expected the published SOP to ${request.kind}`,
    );
  const published = parseSop(source).file;
  const cycles = view.allNotes.filter(
    (n) =>
      n.header.step === "capture" &&
      readData(CaptureDataSchema, n)?.lifecycle !== undefined,
  ).length;
  const lifecycle: LifecycleData = {
    kind: request.kind,
    path,
    text: request.text,
    replacedBy: request.replacedBy,
    requester: request.requester,
    version: published.frontMatter.version,
    baseline: request.kind === "revise" ? published.content : null,
    tag: `${request.kind}-${cycles + 1}`,
  };
  const data: CaptureData = {
    capture: captureFromSop(published.content),
    request: hashText(`${snapshot.title}\n${snapshot.body}`),
    config: ctx.config,
    lifecycle,
  };
  if (!snapshot.open)
    await ctx.forge.setStateLabel(labelFor("awaiting approval").name, {
      reopen: true,
    });
  await postNote(ctx, {
    step: "capture",
    revision: action.revision,
    inputs: action.inputs,
    byModel: false,
    body: root([
      heading(3, `${VERB[request.kind]} of a published SOP`),
      paragraph(
        `@${request.requester} asked to ${request.kind} `,
        code(path),
        ` (${published.frontMatter.id || "no id"}, version ${published.frontMatter.version || "?"}). The task starts from the published file; the pull request shows exactly what changes.`,
      ),
      ...(request.text
        ? [
            paragraph(
              text(
                request.kind === "retire" ? "Reason: " : "Change asked for: ",
              ),
              text(quoteText(request.text, 2000)),
            ),
          ]
        : []),
    ]),
    data,
    mentionable: [request.requester],
  });
}

/** A path under the docs folder as given, or an SOP id looked up in the catalog. */
async function resolvePath(
  ctx: RunContext,
  base: string,
  target: string,
): Promise<string> {
  let path = target;
  if (!target.toLowerCase().endsWith(".md")) {
    const catalog = await ctx.forge.readFile(base, ctx.config.catalog_path);
    const entry = catalog
      ? readCatalog({
          markdown: catalog,
          catalogPath: ctx.config.catalog_path,
        }).find((e) => e.id === target)
      : undefined;
    if (!entry)
      throw new Error(
        `Unexpected SOP id "${quoteText(target, 80)}", expected an id listed in ${ctx.config.catalog_path} or a path like ${ctx.config.docs_folder}/<name>.md`,
      );
    path = entry.path;
  }
  // Only an SOP file directly in the docs folder, named as sopflow names them: the request is untrusted text.
  const slug = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
  const expected = (() => {
    try {
      return sopPath({ docsFolder: ctx.config.docs_folder, slug });
    } catch {
      return null;
    }
  })();
  if (expected !== path.replace(/^\.\//, ""))
    throw new Error(
      `Unexpected SOP path "${quoteText(path, 120)}", expected a file in ${ctx.config.docs_folder}/ named <lowercase-words>.md`,
    );
  return expected;
}
