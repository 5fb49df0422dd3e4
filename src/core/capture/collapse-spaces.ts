// Indentation deeper than this says nothing more about list nesting.
const MAX_INDENT = 16;

/**
 * Collapses runs of spaces and tabs inside lines to one space, drops trailing
 * ones and caps indentation. Parsing untrusted text needs this: a long run
 * of spaces is what turns an innocent `\s+` into quadratic backtracking.
 */
export function collapseSpaces(text: string): string {
  return text
    .replace(/(?<=\S)[ \t]+/g, " ")
    .replace(/ (?=\n|$)/g, "")
    .replace(
      new RegExp(String.raw`^[ \t]{${MAX_INDENT + 1},}`, "gm"),
      " ".repeat(MAX_INDENT),
    );
}
