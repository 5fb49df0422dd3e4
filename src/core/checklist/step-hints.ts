import type { SopStep } from "../sop/sop-schema.js";

export interface StepHints {
  /** Who does the step: the only role, or the role the step names; null when it cannot tell. */
  role: string | null;
  /** Tools from Prerequisites that the step names, in their order there. */
  tools: string[];
}

/**
 * What a run shows beside a step: its role and tools, read from the SOP's
 * Roles and Prerequisites, so a person at the step sees who and with what
 * without scrolling up. Only what the SOP states is shown, never a guess.
 */
export function stepHints({
  step,
  roles,
  prerequisites,
}: {
  step: SopStep;
  roles: string[];
  prerequisites: string[];
}): StepHints {
  const said = [step.action, ...step.substeps].join(" ").toLowerCase();
  const named = roles.filter((role) => mentions(said, role));
  const role =
    roles.length === 1
      ? (roles[0] ?? null)
      : named.length === 1
        ? named[0]!
        : null;
  const tools = prerequisites
    .map(toolName)
    .filter((tool) => tool !== "" && mentions(said, tool));
  return { role, tools: [...new Set(tools)] };
}

/** "Vault (access: …)", "git — access: …", "kubectl: …" → the tool's name; "Access: …" items name none. */
function toolName(item: string): string {
  if (/^access\b/i.test(item.trim())) return "";
  const cut = [" — ", " (", ": ", " - "]
    .map((mark) => item.indexOf(mark))
    .filter((at) => at > 0);
  return (cut.length === 0 ? item : item.slice(0, Math.min(...cut))).trim();
}

/** Whether `text` (lower case) holds `name` as whole words. */
function mentions(text: string, name: string): boolean {
  const wanted = name.trim().toLowerCase();
  if (wanted === "") return false;
  for (
    let at = text.indexOf(wanted);
    at !== -1;
    at = text.indexOf(wanted, at + 1)
  ) {
    const before = text[at - 1] ?? " ";
    const after = text[at + wanted.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after))
      return true;
  }
  return false;
}
