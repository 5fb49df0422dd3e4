import type { CatalogEntry } from "../catalog/catalog-entry.js";
import { code, paragraph, root, table, text } from "../markdown/md-builders.js";
import { inertMentions } from "../markdown/inert-mentions.js";
import { stringifyMarkdown } from "../markdown/stringify-markdown.js";

/** The label every review issue carries: what the scan lists to stay idempotent. */
export const REVIEW_LABEL = "sop: review due";

const MARKER = "<!-- sopflow:review-due ";
// A GitHub login: letters, digits and single inner dashes, at most 39 characters.
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;

/** Which SOP and which due date a review issue is about: one issue per pair. */
export interface ReviewKey {
  path: string;
  due: string;
}

export interface ReviewIssue {
  key: ReviewKey;
  title: string;
  body: string;
  labels: string[];
  /** The owner's login when the owner is one person ("@login" or "login"); empty for a team or a name. */
  assignees: string[];
}

/** The issue asking an SOP's owner to review it: what it is, when it is due, and the two ways to answer. */
export function reviewIssue({
  sop,
  link,
}: {
  sop: CatalogEntry;
  /** Where readers open the SOP (a link to the file on the docs branch). */
  link: string;
}): ReviewIssue {
  const key = { path: sop.path, due: sop.reviewDue };
  const login = sop.owner.replace(/^@/, "");
  const assignees =
    LOGIN.test(login) && !sop.owner.includes("/") ? [login] : [];
  const tree = root([
    paragraph(
      "The SOP ",
      { type: "link", url: link, children: [text(sop.title || sop.path)] },
      ` (${sop.id}, version ${sop.version || "?"}) is due for review on ${sop.reviewDue}.`,
    ),
    table(
      ["Owner", "Last validated", "Review due", "File"],
      [[sop.owner, sop.lastValidated, sop.reviewDue, sop.path]],
    ),
    paragraph(
      "Walk through it as it is done today. If it still holds, confirm it unchanged with ",
      code("/sop confirm"),
      " (a pull request that moves ",
      code("last_validated"),
      " and ",
      code("review_due"),
      "). If it does not, revise it with ",
      code("/sop revise"),
      ".",
    ),
  ]);
  // Only the assigned owner is notified: a team or a name in the file pings nobody.
  const body = stringifyMarkdown(inertMentions({ tree, keep: assignees }));
  return {
    key,
    title: `Review due: ${sop.title || sop.path}`,
    // The marker names the SOP and date as JSON; "<" and ">" escaped so a path cannot end the comment.
    body: `${body}\n${MARKER}${JSON.stringify(key).replace(/</g, "\\u003c").replace(/>/g, "\\u003e")} -->\n`,
    labels: [REVIEW_LABEL],
    assignees,
  };
}

/** The key a review issue's body carries, or null for any other issue. */
export function reviewKeyOf(body: string | null | undefined): ReviewKey | null {
  const at = body?.lastIndexOf(MARKER) ?? -1;
  if (body == null || at === -1) return null;
  const end = body.indexOf(" -->", at);
  if (end === -1) return null;
  try {
    const value: unknown = JSON.parse(body.slice(at + MARKER.length, end));
    if (value === null || typeof value !== "object") return null;
    const { path, due } = value as Record<string, unknown>;
    return typeof path === "string" && typeof due === "string"
      ? { path, due }
      : null;
  } catch {
    return null;
  }
}
