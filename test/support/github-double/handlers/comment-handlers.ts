import { renderComment } from "../factories/render-comment.js";
import { pagedReply } from "../http/paginate.js";
import { notFound, validationFailed } from "../http/reply.js";
import { addComment, findComment } from "../state/issue-ops.js";
import {
  type Handler,
  type HandlerContext,
  bodyOf,
  issueOf,
  repoOf,
} from "./handler-context.js";

const MAX_BODY = 65_536;

function checkLength(body: string): void {
  // GitHub counts characters, not UTF-16 units.
  if ([...body].length > MAX_BODY) {
    throw validationFailed([
      {
        resource: "IssueComment",
        code: "custom",
        field: "body",
        message: `body is too long (maximum is ${MAX_BODY} characters)`,
      },
    ]);
  }
}

function commentOf(context: HandlerContext) {
  const repo = repoOf(context);
  const found = findComment(repo, Number(context.params.comment_id));
  if (!found) throw notFound();
  return { repo, ...found };
}

/** Comments on issues and pull requests (the notes live here). */
export const commentHandlers: Record<string, Handler> = {
  "issues/list-comments": (context) => {
    const { repo, issue } = issueOf(context);
    const since =
      context.query.since === undefined ? "" : String(context.query.since);
    const items = issue.comments
      .filter((c) => c.updatedAt >= since)
      .map((comment) => renderComment({ world: context.world, repo, comment }));
    return pagedReply({ items, query: context.query, url: context.url });
  },

  "issues/get-comment": (context) => {
    const { repo, comment } = commentOf(context);
    return {
      status: 200,
      body: renderComment({ world: context.world, repo, comment }),
    };
  },

  "issues/create-comment": (context) => {
    const { repo, issue } = issueOf(context);
    const { body } = bodyOf<{ body: string }>(context);
    checkLength(body);
    const comment = addComment(context.world, {
      issue,
      author: context.world.caller,
      body,
    });
    const rendered = renderComment({ world: context.world, repo, comment });
    return { status: 201, body: rendered, headers: { location: rendered.url } };
  },

  "issues/update-comment": (context) => {
    const { repo, comment } = commentOf(context);
    const { body } = bodyOf<{ body: string }>(context);
    checkLength(body);
    comment.body = body;
    comment.updatedAt = context.world.tick();
    return {
      status: 200,
      body: renderComment({ world: context.world, repo, comment }),
    };
  },

  "issues/delete-comment": (context) => {
    const { issue, comment } = commentOf(context);
    issue.comments = issue.comments.filter((c) => c !== comment);
    return { status: 204 };
  },
};
