import { accessHandlers } from "./access-handlers.js";
import { checkHandlers } from "./check-handlers.js";
import { commentHandlers } from "./comment-handlers.js";
import { contentHandlers } from "./content-handlers.js";
import type { Handler } from "./handler-context.js";
import { issueHandlers } from "./issue-handlers.js";
import { labelHandlers } from "./label-handlers.js";
import { pullHandlers } from "./pull-handlers.js";
import { refHandlers } from "./ref-handlers.js";
import { treeHandlers } from "./tree-handlers.js";

/** Every operation the double implements, by GitHub's operationId. */
export const allHandlers: Record<string, Handler> = {
  ...accessHandlers,
  ...issueHandlers,
  ...commentHandlers,
  ...labelHandlers,
  ...contentHandlers,
  ...refHandlers,
  ...treeHandlers,
  ...pullHandlers,
  ...checkHandlers,
};
