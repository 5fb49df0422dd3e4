/** The reviewer's standing on the docs repository. */
export const ROLES = [
  "none",
  "read",
  "triage",
  "write",
  "maintain",
  "admin",
  "custom-write",
  "custom-read",
  "team-member",
] as const;
export const ACCOUNTS = ["user", "bot", "app"] as const;
export const STATES = [
  "approved",
  "changes_requested",
  "commented",
  "dismissed",
] as const;
export const COMMITS = ["head", "older"] as const;

export interface AuthCell {
  role: (typeof ROLES)[number];
  account: (typeof ACCOUNTS)[number];
  state: (typeof STATES)[number];
  commit: (typeof COMMITS)[number];
  /** `require_independent_approver` in the config. */
  independent: boolean;
  /** The reviewer is the person who opened the issue. */
  reviewerIsAuthor: boolean;
}

/** The team `approvers.teams` names for the team-member row; its members have the read role only, so the list cannot make them approvers. */
export const APPROVER_TEAM = "sop-approvers";

/** Every combination of the matrix's dimensions. */
export function allCells(): AuthCell[] {
  const cells: AuthCell[] = [];
  for (const role of ROLES)
    for (const account of ACCOUNTS)
      for (const state of STATES)
        for (const commit of COMMITS)
          for (const independent of [false, true])
            for (const reviewerIsAuthor of [false, true])
              cells.push({
                role,
                account,
                state,
                commit,
                independent,
                reviewerIsAuthor,
              });
  return cells;
}

const WRITING = new Set<AuthCell["role"]>([
  "write",
  "maintain",
  "admin",
  "custom-write",
]);

/**
 * The approval rule, written down independently of the product: a person
 * (not a bot, not the app) with write, maintain or admin (a custom role by
 * its base permission), approving the current head, not dismissed, and not
 * the requester when independence is required. A configured approver team
 * narrows that set and never widens it.
 */
export function mayPublish(cell: AuthCell): boolean {
  return (
    cell.account === "user" &&
    cell.state === "approved" &&
    cell.commit === "head" &&
    WRITING.has(cell.role) &&
    !(cell.independent && cell.reviewerIsAuthor)
  );
}

export function cellName(cell: AuthCell): string {
  const policy = `${cell.independent ? "independent" : "any"} approver, reviewer ${cell.reviewerIsAuthor ? "is" : "is not"} the author`;
  return `${cell.role} ${cell.account} ${cell.state.replace("_", " ")} on the ${cell.commit} commit (${policy})`;
}

/**
 * The cells run end to end: a writer approving the head, with one dimension
 * changed at a time, so every row of every dimension meets the real app.
 */
export function representativeCells(): AuthCell[] {
  const base: AuthCell = {
    role: "write",
    account: "user",
    state: "approved",
    commit: "head",
    independent: false,
    reviewerIsAuthor: false,
  };
  const variants: AuthCell[] = [
    ...ROLES.map((role) => ({ ...base, role })),
    ...ACCOUNTS.map((account) => ({ ...base, account })),
    ...STATES.map((state) => ({ ...base, state })),
    ...COMMITS.map((commit) => ({ ...base, commit })),
    { ...base, independent: true },
    { ...base, reviewerIsAuthor: true },
    { ...base, independent: true, reviewerIsAuthor: true },
    { ...base, role: "team-member", independent: true, reviewerIsAuthor: true },
  ];
  const seen = new Set<string>();
  return variants.filter(
    (cell) => !seen.has(cellName(cell)) && Boolean(seen.add(cellName(cell))),
  );
}
