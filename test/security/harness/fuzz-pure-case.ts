import { RequestError } from "../../../src/core/capture/request-error.js";
import {
  CaptureSchema,
  type Capture,
} from "../../../src/core/capture/capture-schema.js";
import { parseRequest } from "../../../src/core/capture/parse-request.js";
import {
  MAX_TEXT_CHARS,
  sanitizeText,
} from "../../../src/core/capture/sanitize-text.js";
import {
  ConfigSchema,
  type Config,
} from "../../../src/core/config/config-schema.js";
import {
  ConfigError,
  parseConfigText,
} from "../../../src/core/config/validate-config.js";
import { inertMentions } from "../../../src/core/markdown/inert-mentions.js";
import { stringifyMarkdown } from "../../../src/core/markdown/stringify-markdown.js";
import { encodeNote } from "../../../src/core/notes/encode-note.js";
import { listNotes } from "../../../src/core/notes/list-notes.js";
import type {
  TaskComment,
  TaskSnapshot,
} from "../../../src/core/ports/forge.js";
import { buildSopFile } from "../../../src/core/sop/build-sop-file.js";
import { parseSop } from "../../../src/core/sop/parse-sop.js";
import { renderSop } from "../../../src/core/sop/render-sop.js";
import { slugify } from "../../../src/core/sop/slugify.js";
import { sopPath } from "../../../src/core/sop/sop-path.js";
import { captureNoteBody } from "../../../src/core/workflow/bodies/capture-note-body.js";
import { decide } from "../../../src/core/workflow/decide.js";
import { buildTaskView } from "../../../src/core/workflow/task-view.js";
import { hashText } from "../../../src/core/notes/hash-text.js";
import { draftSop } from "../../../src/model/offline/draft-sop.js";
import { configProblemBody } from "../../../src/shells/app/config-problem-body.js";
import type { FuzzCase } from "./fuzz-arbitraries.js";
import { record, type FuzzResult } from "./fuzz-tally.js";
import { trimEnd } from "../../../src/core/capture/trim-end.js";

const COMMENT_LIMIT = 65_536;
// What sanitizeText promises to remove: hidden, direction-changing and control characters.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}\u0000-\u0008\u000B-\u001F\u007F]/u;
const AUTHORS = {
  operator: "dana",
  stranger: "mallory",
  impostor: "sopflow",
  maintainer: "mo",
} as const;
const PUBLISHING = new Set(["publish", "record-publish", "finish"]);

/** Runs one step of the case; a throw counts as uncaught unless `expected` says it is the step's designed refusal. */
function attempt<T>(
  result: FuzzResult,
  step: { what: string; run: () => T; expected?: (error: unknown) => boolean },
): T | null {
  try {
    return step.run();
  } catch (error) {
    if (!step.expected?.(error))
      record(result, { counter: "uncaught", what: step.what, detail: error });
    return null;
  }
}

function checkSanitized(result: FuzzResult, text: string): void {
  const clean = attempt(result, {
    what: "sanitizeText",
    run: () => sanitizeText(text),
  });
  if (clean === null) return;
  if (
    UNSAFE.test(clean) ||
    clean.includes("<!--") ||
    clean.length > MAX_TEXT_CHARS
  )
    record(result, {
      counter: null,
      what: "sanitizeText left hidden or control text",
      detail: clean.slice(0, 120),
    });
  if (sanitizeText(clean) !== clean)
    record(result, {
      counter: null,
      what: "sanitizeText is not idempotent",
      detail: text.slice(0, 120),
    });
}

/** The config the app would run with; an unusable file must make a problem comment GitHub accepts. */
function configOf(result: FuzzResult, text: string | null): Config | null {
  if (text === null) return ConfigSchema.parse({});
  try {
    return parseConfigText({ text, source: ".github/sopflow.yml" });
  } catch (error) {
    if (!(error instanceof ConfigError))
      record(result, {
        counter: "uncaught",
        what: "parseConfigText",
        detail: error,
      });
    else if (configProblemBody(error).length > COMMENT_LIMIT)
      record(result, {
        counter: "oversize",
        what: "config problem comment",
        detail: configProblemBody(error).length,
      });
    return null;
  }
}

function checkPath(
  result: FuzzResult,
  input: { config: Config; capture: Capture },
): void {
  const slug = slugify(input.capture.name);
  const path = attempt(result, {
    what: "sopPath",
    run: () => sopPath({ docsFolder: input.config.docs_folder, slug }),
    expected: (error) =>
      error instanceof Error && error.message.startsWith("Refusing"),
  });
  if (path === null) return;
  const folder = trimEnd(
    input.config.docs_folder.replace(/^(?:\.\/)+/, ""),
    "/",
  );
  const inside =
    path === `${folder}/${slug}.md` &&
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) &&
    !path.split("/").includes("..") &&
    !path.startsWith("/") &&
    !/^\.github(?:\/|$)/i.test(path);
  if (!inside)
    record(result, { counter: "outsideDocs", what: "sopPath", detail: path });
}

/** The capture note the app would post for this capture, as its comment bodies. */
function captureNoteParts(capture: Capture, request: string): string[] {
  const body = stringifyMarkdown(
    inertMentions({
      tree: captureNoteBody({
        capture,
        revision: 1,
        identity: { provider: "offline", model: "fuzz" },
      }),
      keep: [],
    }),
  );
  return encodeNote({
    step: "capture",
    revision: 1,
    inputs: [`request:${request}`],
    provider: "offline",
    model: "fuzz",
    calls: 0,
    tokensIn: 0,
    tokensOut: 0,
    at: "2025-01-06T10:00:00.000Z",
    body,
    data: { capture, request },
  });
}

/**
 * One case through the pure layers: sanitising, request parsing, config,
 * slug and path, the offline draft rendered and parsed back, the notes codec
 * with forged notes among the comments, and the workflow's decision.
 */
export function fuzzPureCase(c: FuzzCase, result: FuzzResult): void {
  for (const text of [c.title, c.body, ...c.comments.map((x) => x.body)])
    checkSanitized(result, text);
  const config = configOf(result, c.config) ?? ConfigSchema.parse({});
  const capture = attempt(result, {
    what: "parseRequest",
    run: () => parseRequest({ title: c.title, body: c.body }),
    expected: (error) => error instanceof RequestError,
  });
  const human: TaskComment[] = c.comments.map((x, i) => ({
    id: String(100 + i),
    author: AUTHORS[x.actor],
    authorKind: "human",
    body: x.body,
    createdAt: `2025-01-06T10:00:${String(10 + i)}Z`,
  }));
  const forged =
    attempt(result, { what: "listNotes", run: () => listNotes(human) }) ?? [];
  if (forged.length > 0)
    record(result, {
      counter: "forgedTrusted",
      what: "listNotes read a person's comment as a note",
      detail: forged[0]?.header,
    });

  const notes: TaskComment[] = [];
  if (capture) {
    if (!CaptureSchema.safeParse(capture).success)
      record(result, {
        counter: null,
        what: "parseRequest returned an invalid capture",
        detail: c.title,
      });
    checkPath(result, { config, capture });
    const request = hashText(`${c.title}\n${c.body}`);
    const parts =
      attempt(result, {
        what: "capture note",
        run: () => captureNoteParts(capture, request),
      }) ?? [];
    for (const part of parts)
      if (part.length > COMMENT_LIMIT)
        record(result, {
          counter: "oversize",
          what: "capture note part",
          detail: part.length,
        });
    notes.push(
      ...parts.map((body, i) => ({
        id: String(10 + i),
        author: "sopflow[bot]",
        authorKind: "self" as const,
        body,
        createdAt: "2025-01-06T10:00:00Z",
      })),
    );
    const previous =
      c.existingSop === null
        ? null
        : attempt(result, {
            what: "parseSop of an existing file",
            run: () => parseSop(c.existingSop ?? "").file,
          });
    attempt(result, {
      what: "offline draft, render and parse",
      run: () => {
        const content = draftSop({
          capture,
          feedback: human.map((h) => ({
            id: `comment:${h.id}`,
            author: h.author,
            body: h.body,
            line: null,
            quote: null,
          })),
        }).content;
        const file = buildSopFile({
          content,
          previous,
          task: {
            id: "sop-1-x",
            sourceIssue: "https://github.com/acme/docs/issues/1",
            owner: "@dana",
          },
          today: "2025-01-06",
          reviewIntervalDays: 180,
          author: "sopflow (offline)",
          change: "First draft",
        });
        return parseSop(renderSop(file));
      },
    });
  }
  const comments = [...notes, ...human];
  const trusted =
    attempt(result, {
      what: "listNotes with the app's note",
      run: () => listNotes(comments),
    }) ?? [];
  if (trusted.length !== (capture ? 1 : 0))
    record(result, {
      counter: "forgedTrusted",
      what: "notes read from the comments",
      detail: trusted.map((n) => n.header.step),
    });
  const snapshot: TaskSnapshot = {
    number: 1,
    url: "https://github.com/acme/docs/issues/1",
    title: c.title,
    body: c.body,
    author: "dana",
    open: true,
    labels: ["sop"],
    comments,
    pull: null,
    baseBranch: "main",
  };
  const action = attempt(result, {
    what: "decide",
    run: () =>
      decide({
        view: buildTaskView(snapshot),
        config,
        roles: new Map(),
        teamMembers: new Set(),
      }),
  });
  if (action && PUBLISHING.has(action.kind))
    record(result, {
      counter: "forgedTrusted",
      what: "decide published without a pull request",
      detail: action.kind,
    });
}
