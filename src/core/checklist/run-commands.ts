/** What a comment asks of runs: start one, or report a step of one as wrong or unclear. */
export type RunCommand =
  { kind: "run"; sop: string } | { kind: "wrong"; step: string; text: string };

/**
 * `/sop run <id or path>` (on any issue; the first word after `run`) and `/sop wrong <step> <what>` (on a
 * run), on the comment's first non-empty line at column 0, as every `/sop`
 * command. For `wrong`, the text is the rest of that line and every line
 * below it. Anything else is null: ordinary talk on a run never opens a
 * revision request by itself.
 */
export function parseRunCommand(body: string): RunCommand | null {
  const lines = body.replace(/\r/g, "").split("\n");
  const at = lines.findIndex((line) => line.trim() !== "");
  const first = lines[at] ?? "";
  const words = first.split(" ").filter((word) => word !== "");
  if (!first.startsWith("/sop ") || words[0]?.toLowerCase() !== "/sop")
    return null;
  const name = words[1]?.toLowerCase();
  // A run names one SOP; "" when the comment names none (answered with the usage).
  if (name === "run") return { kind: "run", sop: words[2] ?? "" };
  if (name !== "wrong" || words[2] === undefined) return null;
  const step = words[2].replace(/[.:]$/, "");
  const text = [words.slice(3).join(" "), ...lines.slice(at + 1)]
    .join("\n")
    .trim();
  return { kind: "wrong", step, text };
}
