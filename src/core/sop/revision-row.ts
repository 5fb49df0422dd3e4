import { describeChanges } from "./describe-changes.js";
import type { Revision, SopContent } from "./sop-schema.js";

/** How many changes a row lists before "and N more". */
const LISTED = 3;

/** The people behind one version of an SOP, by login (without "@"). */
export interface RevisionPeople {
  requester: string;
  /** Who reviewed this version (feedback, requested changes, pushes). */
  reviewers: string[];
  /** Who approved it, once known (null while the approval is pending). */
  approver: string | null;
}

/**
 * One row of an SOP's revision history: the people by login (who requested,
 * reviewed and approved it) and what changed, summarised from the diff of
 * the content — steps added, removed and reworded, sections changed. `why`
 * prefixes the summary (e.g. "Request edited"); a first version says so.
 */
export function revisionRow(input: {
  before: SopContent | null;
  after: SopContent;
  people: RevisionPeople;
  version: string;
  date: string;
  why?: string;
}): Revision {
  return {
    version: input.version,
    date: input.date,
    author: peopleCell(input.people),
    change: changeCell(input),
  };
}

/** "@dana (requested), @mo (reviewed), @lee (approved)": each person once, with every part they had. */
export function peopleCell(people: RevisionPeople): string {
  const parts = new Map<string, string[]>();
  const add = (login: string, part: string) => {
    const name = login.replace(/^@/, "");
    if (!name) return;
    const key =
      [...parts.keys()].find((k) => k.toLowerCase() === name.toLowerCase()) ??
      name;
    parts.set(key, [...(parts.get(key) ?? []), part]);
  };
  add(people.requester, "requested");
  for (const reviewer of people.reviewers) add(reviewer, "reviewed");
  if (people.approver) add(people.approver, "approved");
  return [...parts]
    .map(([name, did]) => `@${name} (${[...new Set(did)].join(", ")})`)
    .join(", ");
}

function changeCell(input: {
  before: SopContent | null;
  after: SopContent;
  why?: string;
}): string {
  const why = input.why ? `${input.why}: ` : "";
  if (input.before === null) return input.why ?? "First version";
  const changes = describeChanges(input.before, input.after);
  if (changes.length === 0) return `${why}No change to the content`;
  const more = changes.length - LISTED;
  return `${why}${changes.slice(0, LISTED).join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}
