import type { SopContent, SopStep } from "../sop/sop-schema.js";

export interface VersionBump {
  /** The version the revision gets, MAJOR.MINOR. */
  version: string;
  change: "major" | "minor";
  /** Why it is major (empty for a minor bump). */
  reasons: string[];
}

/**
 * The version rule for revising a published SOP. Major (2.3 → 3.0) when
 * what people do changes: a step or sub-step added, removed or moved, the
 * roles changed, or any safety content (a caution, in Safety and cautions or
 * before a step) changed. Minor (2.3 → 2.4) for everything else: wording of
 * steps and prose, prerequisites, edge cases, references, dates. A version
 * that is not MAJOR.MINOR counts as MAJOR.0 ("2" → 2.0), an unreadable one
 * as 1.0.
 */
export function bumpVersion({
  version,
  before,
  after,
}: {
  version: string;
  before: SopContent;
  after: SopContent;
}): VersionBump {
  const match = /^v?(\d{1,6})(?:\.(\d{1,6}))?/i.exec(version.trim());
  const [major, minor] = match
    ? [Number(match[1]), Number(match[2] ?? 0)]
    : [1, 0];
  const reasons = majorReasons(before, after);
  return reasons.length > 0
    ? { version: `${major + 1}.0`, change: "major", reasons }
    : { version: `${major}.${minor + 1}`, change: "minor", reasons };
}

function majorReasons(before: SopContent, after: SopContent): string[] {
  const reasons: string[] = [];
  if (!sameShape(before.steps, after.steps))
    reasons.push("steps added, removed or moved");
  if (!sameSet(before.roles, after.roles)) reasons.push("roles changed");
  if (!sameList(safety(before), safety(after)))
    reasons.push("safety content changed");
  return reasons;
}

/** Same number of steps and sub-steps, and no step moved: a rewording keeps the shape. */
function sameShape(a: SopStep[], b: SopStep[]): boolean {
  if (a.length !== b.length) return false;
  if (a.some((step, i) => step.substeps.length !== b[i]?.substeps.length))
    return false;
  // Steps whose text is unchanged but sit elsewhere: a move.
  const at = new Map(a.map((step, i) => [norm(step.action), i]));
  return b.every((step, i) => {
    const was = at.get(norm(step.action));
    return was === undefined || was === i;
  });
}

function safety(content: SopContent): string[] {
  return [
    ...(content.cautions ?? []),
    ...content.steps.flatMap((step, i) =>
      (step.cautions ?? []).map((c) => `${i}:${c}`),
    ),
  ].map(norm);
}

function sameSet(a: string[], b: string[]): boolean {
  const left = new Set(a.map(norm));
  const right = new Set(b.map(norm));
  return left.size === right.size && [...left].every((x) => right.has(x));
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function norm(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}
