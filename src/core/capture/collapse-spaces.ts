// Indentation deeper than this says nothing more about list nesting.
const MAX_INDENT = 16;
// Every character `\s` matches except the line end: U+00A0, U+2000–U+200A, U+3000, tabs…
const SPACE_RUN = /[^\S\n]+/g;

/**
 * Turns every run of whitespace inside a line, of whatever kind, into one
 * ASCII space, drops trailing whitespace, and makes indentation ASCII
 * spaces, one per character, at most MAX_INDENT. Parsing untrusted text needs
 * this: a long run of spaces is what turns an innocent `\s+` into quadratic
 * backtracking, and `\s` matches far more than spaces and tabs.
 */
export function collapseSpaces(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const body = line.trimStart();
      if (body === "") return "";
      const indent = Math.min(line.length - body.length, MAX_INDENT);
      return " ".repeat(indent) + body.replace(SPACE_RUN, " ").trimEnd();
    })
    .join("\n");
}
