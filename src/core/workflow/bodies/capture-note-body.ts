import type { Root, RootContent } from "mdast";
import type { Capture } from "../../capture/capture-schema.js";
import {
  code,
  heading,
  list,
  paragraph,
  root,
  strong,
  table,
  text,
} from "../../markdown/md-builders.js";
import type { ModelIdentity } from "../../ports/model.js";
import { answersReceived } from "./answers-received.js";

const unknown = "— (not yet known)";

/** The readable body of a capture note: the structured record and the open questions. */
export function captureNoteBody(input: {
  capture: Capture;
  revision: number;
  identity: ModelIdentity;
  /** The answers this capture was given, with the questions they were given to. */
  received?: Parameters<typeof answersReceived>[0];
}): Root {
  const { capture, revision, identity } = input;
  const children: RootContent[] = [
    heading(3, `Step 1 · Capture process — revision ${revision}`),
    paragraph(`Captured by ${identity.provider} (${identity.model}).`),
    table(
      ["Field", "Captured"],
      [
        ["Process", capture.name],
        ["Purpose", capture.purpose ?? unknown],
        ["Who runs it", capture.roles.join(", ") || unknown],
        ["Trigger", capture.trigger ?? unknown],
        ["Definition of done", capture.definitionOfDone ?? unknown],
      ],
    ),
    heading(4, "Steps as they really happen"),
    list(
      capture.steps.map((step) => {
        const extras = [
          step.tools.length ? `tools: ${step.tools.join(", ")}` : "",
          step.access.length ? `access: ${step.access.join(", ")}` : "",
          step.tribal ? "from memory" : "",
          step.clarification ? `clarified: ${step.clarification}` : "",
        ].filter(Boolean);
        return [
          text(step.text),
          ...(extras.length ? [text(` (${extras.join("; ")})`)] : []),
        ];
      }),
      true,
    ),
  ];
  if (capture.tools.length) {
    children.push(
      heading(4, "Tools, systems and access"),
      list(
        capture.tools.map(
          (t) => `${t.name}: ${t.access ?? "access not named"}`,
        ),
      ),
    );
  }
  if (capture.pitfalls.length) {
    children.push(
      heading(4, "Pitfalls and edge cases"),
      list(
        capture.pitfalls.map(
          (p) => `${p.text} → ${p.handling ?? "handling not named"}`,
        ),
      ),
    );
  }
  if (capture.notes.length)
    children.push(
      heading(4, "Other things the operator said"),
      list(capture.notes),
    );
  if (input.received) children.push(...answersReceived(input.received));
  if (capture.questions.length) {
    children.push(
      heading(4, `Open questions (${capture.questions.length})`),
      list(
        capture.questions.map((q) => [strong(`${q.id}.`), text(` ${q.text}`)]),
      ),
      paragraph(
        "Answer in a comment, one answer per number (e.g. ",
        code("1. Every Monday at 9:00"),
        "). To draft now with these questions flagged as gaps, comment ",
        code("/sop draft"),
        ".",
      ),
    );
  } else {
    children.push(paragraph("No open questions: drafting the SOP."));
  }
  return root(children);
}
