export const COMMANDS = [
  "draft",
  "retry",
  "status",
  "cancel",
  "help",
  "publish",
] as const;
export type CommandName = (typeof COMMANDS)[number];

export type ParsedCommand =
  { name: CommandName } | { name: "unknown"; given: string };

/**
 * A `/sop <command>` on the first non-empty line of a comment. Anything else
 * (including `/sopx` or a command further down) is ordinary operator text.
 */
export function parseCommand(body: string): ParsedCommand | null {
  const first =
    body
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim() ?? "";
  const match =
    /^\/sop(?:\s+(\S+))?\s*$/i.exec(first) ?? /^\/sop\s+(\S+)\s/i.exec(first);
  if (!match) return null;
  const given = (match[1] ?? "").toLowerCase();
  return (COMMANDS as readonly string[]).includes(given)
    ? { name: given as CommandName }
    : { name: "unknown", given };
}
