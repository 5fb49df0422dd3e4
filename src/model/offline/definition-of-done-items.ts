/** The definition of done as a list: one item per line, or per "; "-separated part. */
export function definitionOfDoneItems(text: string): string[] {
  return text
    .split(/\n|;\s+/)
    .map((item) => item.trim().replace(/^(?:[-*+•]|\d{1,3}[.)])\s+/, ""))
    .filter((item) => item !== "")
    .map((item) => item.charAt(0).toUpperCase() + item.slice(1));
}
