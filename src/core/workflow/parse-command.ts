export const COMMANDS = [
  "draft",
  "retry",
  "status",
  "cancel",
  "help",
  "publish",
  // Starts a run of an SOP (a checklist issue); handled before the task workflow, which only keeps quiet about it.
  "run",
] as const;
export type CommandName = (typeof COMMANDS)[number];

export type ParsedCommand =
  { name: CommandName } | { name: "unknown"; given: string };

/**
 * A `/sop <command>` on the first non-empty line of a comment, at column 0
 * and followed by an ASCII space or the end of the line. Anything else
 * (`/sopx`, an indented line, which Markdown shows as code, `/sop` and a
 * no-break space, or a command further down) is ordinary operator text.
 */
export function parseCommand(body: string): ParsedCommand | null {
  const first = (
    body.split("\n").find((line) => line.trim() !== "") ?? ""
  ).trimEnd();
  if (!/^\/sop(?: |$)/i.test(first)) return null;
  const given = (/^ *(\S*)/.exec(first.slice(4))?.[1] ?? "").toLowerCase();
  return (COMMANDS as readonly string[]).includes(given)
    ? { name: given as CommandName }
    : { name: "unknown", given };
}
