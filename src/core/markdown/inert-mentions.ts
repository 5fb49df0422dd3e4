import type { Root } from "mdast";
import { visit } from "unist-util-visit";

// A user (@login, an app's @slug[bot]) or team (@org/team) mention as GitHub finds one: "@" after a non-word character.
const MENTION =
  /\B@([A-Za-z0-9][A-Za-z0-9-]*(?:\[bot\]|\/[A-Za-z0-9][\w-]*)?)/g;
// Between "@" and the name it stops GitHub from linking and notifying; readers still see "@name".
const ZERO_WIDTH_SPACE = "\u200B";

/**
 * A copy of the tree in which only the people in `keep` can be notified:
 * every other @mention in its text (quoted from an issue, a review or a
 * model's answer) is made inert, so sopflow never pings a team or a crowd
 * on someone else's behalf.
 */
export function inertMentions(input: { tree: Root; keep: string[] }): Root {
  const keep = new Set(input.keep.map((login) => login.toLowerCase()));
  const tree = structuredClone(input.tree);
  visit(tree, "text", (node) => {
    node.value = node.value.replace(MENTION, (mention, name: string) =>
      keep.has(name.toLowerCase()) ? mention : `@${ZERO_WIDTH_SPACE}${name}`,
    );
  });
  return tree;
}
