import { faultyFetch } from "./faulty-fetch.js";
import {
  ANSWERS,
  APPROVAL,
  CHANGES,
  notesAndResumes,
  recovers,
  type FaultScenario,
} from "./scenario-builders.js";
import { peopleChangeThings } from "./people-change-things.js";

const COMMENTS = /^\/repos\/acme\/docs\/issues\/1\/comments$/;
const SECONDARY =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:DOUBLE.";

/** Faults from GitHub's side, each with the outcome it must have. */
export const GITHUB_FAULTS: FaultScenario[] = [
  // GitHub answers with an error and did nothing: production's retry plugin sends again.
  recovers({
    name: "500 on reading the issue",
    at: CHANGES,
    injure: (d) =>
      d.failNext({ method: "GET", route: "issues/get", status: 500 }),
  }),
  recovers({
    name: "502 twice on posting a note",
    at: ANSWERS,
    injure: (d) =>
      d.failNext({ route: "issues/create-comment", status: 502, times: 2 }),
  }),
  recovers({
    name: "503 on committing the SOP",
    at: ANSWERS,
    injure: (d) =>
      d.failNext({
        route: "repos/create-or-update-file-contents",
        status: 503,
      }),
  }),
  recovers({
    name: "502 on the merge",
    at: APPROVAL,
    injure: (d) => d.failNext({ route: "pulls/merge", status: 502 }),
  }),
  recovers({
    name: "connection reset before GitHub saw the pull request",
    at: ANSWERS,
    injure: (d) =>
      faultyFetch(d, {
        method: "POST",
        path: /\/pulls$/,
        kind: "reset-before",
      }),
  }),
  recovers({
    name: "429 on requesting the review",
    at: ANSWERS,
    injure: (d) =>
      d.failNext({
        route: "pulls/request-reviewers",
        status: 429,
        headers: { "retry-after": "1" },
      }),
  }),
  recovers({
    name: "403 primary rate limit until its reset",
    at: ANSWERS,
    injure: (d) =>
      d.failNext({
        route: "checks/create",
        status: 403,
        headers: {
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000)),
        },
        body: { message: "API rate limit exceeded for installation ID 1." },
      }),
  }),
  // GitHub applied the write, but its answer was lost: sending again must not make it twice.
  recovers({
    name: "note posted, connection reset before the answer",
    at: ANSWERS,
    injure: (d) =>
      faultyFetch(d, { method: "POST", path: COMMENTS, kind: "reset-after" }),
  }),
  recovers({
    name: "pull request opened, 502 from the edge",
    at: ANSWERS,
    injure: (d) =>
      faultyFetch(d, { method: "POST", path: /\/pulls$/, kind: 502 }),
  }),
  recovers({
    name: "branch created, 502 from the edge",
    at: ANSWERS,
    injure: (d) =>
      faultyFetch(d, { method: "POST", path: /\/git\/refs$/, kind: 502 }),
  }),
  recovers({
    name: "SOP committed, connection reset before the answer",
    at: ANSWERS,
    injure: (d) =>
      faultyFetch(d, {
        method: "PUT",
        path: /\/contents\//,
        kind: "reset-after",
      }),
  }),
  recovers({
    name: "walkthrough check reported, 502 from the edge",
    at: ANSWERS,
    injure: (d) =>
      faultyFetch(d, { method: "POST", path: /\/check-runs$/, kind: 502 }),
  }),
  recovers({
    name: "labels set, 502 from the edge",
    at: ANSWERS,
    injure: (d) =>
      faultyFetch(d, { method: "PUT", path: /\/labels$/, kind: 502 }),
  }),
  recovers({
    name: "merged, connection reset before the answer",
    at: APPROVAL,
    injure: (d) =>
      faultyFetch(d, { method: "PUT", path: /\/merge$/, kind: "reset-after" }),
  }),
  recovers({
    name: "422 on creating the task's branch: it already exists",
    at: ANSWERS,
    injure: (d) =>
      void d.repo.refs.set(
        "heads/sopflow/1-on-call-handover",
        d.branchHead("main") ?? "",
      ),
  }),
  // Faults that outlast retries, or that retrying cannot fix.
  notesAndResumes({
    name: "500 on posting a note until the retries run out",
    at: ANSWERS,
    injure: (d) =>
      d.failNext({ route: "issues/create-comment", status: 500, times: 4 }),
    says: /Could not post the capture, draft and walkthrough notes[\s\S]*\/sop retry/,
    handlerFails: true,
    label: "sop: failed",
  }),
  notesAndResumes({
    name: "403 secondary rate limit with retry-after",
    at: ANSWERS,
    injure: (d) =>
      d.failNext({
        route: "repos/create-or-update-file-contents",
        status: 403,
        headers: { "retry-after": "1" },
        body: {
          message: SECONDARY,
          documentation_url: "https://docs.github.com/rest",
        },
      }),
    says: /secondary rate limit[\s\S]*\/sop retry/,
    handlerFails: true,
    label: "sop: failed",
  }),
  notesAndResumes({
    name: "422 on a note: comment too long",
    at: ANSWERS,
    injure: (d) =>
      d.failNext({
        route: "issues/create-comment",
        status: 422,
        body: {
          message: "Validation Failed",
          errors: [
            {
              resource: "IssueComment",
              code: "custom",
              field: "body",
              message: "body is too long (maximum is 65536 characters)",
            },
          ],
          documentation_url: "https://docs.github.com/rest",
        },
      }),
    says: /body is too long[\s\S]*\/sop retry/,
    handlerFails: true,
    label: "sop: failed",
  }),
  notesAndResumes({
    name: "409 on the merge: the head moved",
    at: APPROVAL,
    injure: (d) =>
      d.failNext({
        route: "pulls/merge",
        status: 409,
        times: 4,
        body: {
          message: "Head branch was modified. Review and try the merge again.",
          documentation_url: "https://docs.github.com/rest",
        },
      }),
    says: /the branch moved after the approval[\s\S]*\/sop retry/,
    handlerFails: false,
    label: "sop: awaiting approval",
  }),
  notesAndResumes({
    name: "405 on the merge: a required check fails",
    at: APPROVAL,
    injure: (d) => d.setMergeable(2, false),
    says: /not mergeable \(a required check or branch rule may block it\)[\s\S]*\/sop retry/,
    handlerFails: false,
    label: "sop: awaiting approval",
    fix: (d) => d.setMergeable(2, true),
  }),
  ...peopleChangeThings,
];
