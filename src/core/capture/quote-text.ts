/** Operator text to quote in a message: one line, at most `max` characters, cut at a word. */
export function quoteText(text: string, max = 120): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
