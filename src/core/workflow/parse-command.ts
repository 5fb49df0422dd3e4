export const COMMANDS = [
  "draft",
  "retry",
  "status",
  "cancel",
  "help",
  "publish",
  "revise",
  "confirm",
  "retire",
  // Starts a run of an SOP (a checklist issue); handled before the task workflow, which only keeps quiet about it.
  "run",
] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Commands whose words after the command word matter: the change asked for, the reason to retire. */
const WITH_TEXT: ReadonlySet<CommandName> = new Set([
  "revise",
  "confirm",
  "retire",
]);

export type ParsedCommand =
  | {
      name: CommandName;
      /** For the commands that take words (revise, retire, confirm): what follows the command word, its line and the lines below, trimmed. */
      text?: string;
    }
  | { name: "unknown"; given: string };

/**
 * A `/sop <command>` on the first non-empty line of a comment, at column 0
 * and followed by an ASCII space or the end of the line. Anything else
 * (`/sopx`, an indented line, which Markdown shows as code, `/sop` and a
 * no-break space, or a command further down) is ordinary operator text.
 */
export function parseCommand(body: string): ParsedCommand | null {
  const lines = body.split("\n");
  const at = lines.findIndex((line) => line.trim() !== "");
  const first = (lines[at] ?? "").trimEnd();
  if (!/^\/sop(?: |$)/i.test(first)) return null;
  const word = /^ *\S*/.exec(first.slice(4))?.[0] ?? "";
  const given = word.trim().toLowerCase();
  if (!(COMMANDS as readonly string[]).includes(given))
    return { name: "unknown", given };
  const name = given as CommandName;
  if (!WITH_TEXT.has(name)) return { name };
  const text = [first.slice(4 + word.length), ...lines.slice(at + 1)]
    .join("\n")
    .replace(/\r/g, "")
    .trim();
  return { name, text };
}
