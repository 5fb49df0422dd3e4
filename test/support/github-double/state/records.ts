/** The double's state: plain records the handlers read and change, and the factories render. */

export interface UserRecord {
  login: string;
  id: number;
  type: "User" | "Bot" | "Organization";
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  author: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewRecord {
  id: number;
  author: string;
  /** As the REST API spells it; webhooks use the lowercase form. */
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED";
  body: string;
  commitId: string;
  submittedAt: string;
}

export interface ReviewCommentRecord {
  id: number;
  reviewId: number;
  author: string;
  body: string;
  path: string;
  line: number;
  commitId: string;
  createdAt: string;
}

export interface PullRecord {
  id: number;
  head: string;
  base: string;
  /** The head commit, kept current by pushes to the head branch while the pull is open. */
  headSha: string;
  /** The base commit when the pull was opened (for diff counts). */
  baseSha: string;
  draft: boolean;
  mergeable: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  requestedReviewers: string[];
  reviews: ReviewRecord[];
  reviewComments: ReviewCommentRecord[];
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  author: string;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | "duplicate" | null;
  /** Label names, in the order they were added. */
  labels: string[];
  /** Logins the issue is assigned to; absent = none. */
  assignees?: string[];
  comments: CommentRecord[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  /** Set when this issue number is a pull request (they share one number space, as on GitHub). */
  pull?: PullRecord;
}

export interface Signature {
  name: string;
  email: string;
  date: string;
}

export interface CommitRecord {
  sha: string;
  treeSha: string;
  parents: string[];
  /** path → file text */
  files: Map<string, string>;
  message: string;
  author: Signature;
  committer: Signature;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  externalId: string;
  detailsUrl: string | null;
  output: {
    title: string | null;
    summary: string | null;
    text: string | null;
    annotations: Annotation[];
  };
}

export interface CollaboratorRecord {
  role: string;
  /** The legacy permission the role maps to (custom roles inherit their base role's). */
  permission: "admin" | "write" | "read";
}

export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  createdAt: string;
  labels: Map<string, LabelRecord>;
  issues: Map<number, IssueRecord>;
  commits: Map<string, CommitRecord>;
  /** "heads/main" → commit sha */
  refs: Map<string, string>;
  collaborators: Map<string, CollaboratorRecord>;
  checkRuns: CheckRunRecord[];
}

export interface AppRecord {
  id: number;
  slug: string;
  name: string;
  owner: string;
  installationId: number;
  botLogin: string;
}
