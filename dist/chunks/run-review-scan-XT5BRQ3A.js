import { createRequire as __sopflowCreateRequire } from 'node:module';
const require = __sopflowCreateRequire(import.meta.url);
import {
  Probot,
  ProbotOctokit,
  REVIEW_LABEL,
  RUN_LABEL,
  addDays,
  attempt,
  buildChecklist,
  isIsoDate,
  isRetired,
  loadConfig,
  parseSop,
  readCatalog,
  readCatalogEntry,
  readCheckboxes,
  reviewIssue,
  reviewKeyOf,
  runKeyOf,
  statusOf,
  trimEnd
} from "./chunk-GOSDZWRY.js";
import "./chunk-LVWUGAGM.js";

// src/core/review/select-review-due.ts
function selectReviewDue({
  entries,
  today,
  windowDays
}) {
  const limit = addDays({ date: today, days: windowDays });
  return entries.filter(
    (entry) => !isRetired(entry.status) && isIsoDate(entry.reviewDue) && entry.reviewDue <= limit
  ).sort(
    (a, b) => compare(a.reviewDue, b.reviewDue) || compare(a.path, b.path)
  );
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/checklist/reminder-body.ts
var REMINDED_LABEL = "sop-run: reminded";
function reminderBody(input) {
  const left = input.boxes.filter((box) => !box.checked);
  const who = input.people.map((login) => `@${login}`).join(" ");
  const shown = left.slice(0, 5).map((box) => `- ${box.label}`);
  return [
    `${who ? `${who}: ` : ""}this run is open for more than ${input.hours} hours with ${left.length} of ${input.boxes.length} boxes unticked:`,
    "",
    ...shown,
    ...left.length > shown.length ? [`- \u2026 and ${left.length - shown.length} more`] : [],
    "",
    "Tick the steps done, or close the run if it was abandoned. This is the only reminder.",
    ""
  ].join("\n");
}

// src/core/schedule/parse-cron.ts
var MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec"
];
var WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
var FIELDS = [
  { name: "minute", min: 0, max: 59, names: [], base: 0 },
  { name: "hour", min: 0, max: 23, names: [], base: 0 },
  { name: "day of month", min: 1, max: 31, names: [], base: 0 },
  { name: "month", min: 1, max: 12, names: MONTHS, base: 1 },
  { name: "day of week", min: 0, max: 7, names: WEEKDAYS, base: 0 }
];
function parseCron(expression) {
  const parts = expression.trim().split(/[ \t]+/);
  if (parts.length !== 5)
    throw new Error(
      `Unexpected cron "${expression}", expected five fields: minute hour day-of-month month day-of-week`
    );
  const sets = parts.map((part, i) => parseField(part, FIELDS[i]));
  const [minutes, hours, days, months, rawWeekdays] = sets;
  const weekdays = new Set([...rawWeekdays].map((d) => d % 7));
  return {
    minutes,
    hours,
    days,
    months,
    weekdays,
    eitherDay: !parts[2].startsWith("*") && !parts[4].startsWith("*")
  };
}
function parseField(part, field) {
  const values = /* @__PURE__ */ new Set();
  for (const item of part.split(",")) {
    const [range = "", stepText] = item.split("/");
    const step = stepText === void 0 ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1 || (stepText ?? "1") === "")
      throw fieldError(part, field);
    let from;
    let to;
    if (range === "*") [from, to] = [field.min, field.max];
    else {
      const [low = "", high] = range.split("-");
      from = value(low, field, part);
      to = high === void 0 ? stepText === void 0 ? from : field.max : value(high, field, part);
    }
    if (from > to) throw fieldError(part, field);
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}
function value(text, field, part) {
  const named = field.names.indexOf(text.toLowerCase());
  const n = named === -1 ? /^\d{1,2}$/.test(text) ? Number(text) : NaN : named + field.base;
  if (!Number.isInteger(n) || n < field.min || n > field.max)
    throw fieldError(part, field);
  return n;
}
function fieldError(part, field) {
  return new Error(
    `Unexpected ${field.name} "${part}" in cron, expected a number ${field.min}-${field.max}, a range, a list, a step or *`
  );
}

// src/core/schedule/schedule-period.ts
var PERIOD_LOOKBACK_DAYS = 7;
function schedulePeriod(cron, now) {
  const minutes = [...cron.minutes].sort((a, b) => b - a);
  const hours = [...cron.hours].sort((a, b) => b - a);
  const today = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate()
  );
  for (let back = 0; back <= PERIOD_LOOKBACK_DAYS; back++) {
    const day = new Date(today - back * 864e5);
    if (!dayMatches(cron, day)) continue;
    for (const hour of hours)
      for (const minute of minutes) {
        const at = day.getTime() + (hour * 60 + minute) * 6e4;
        if (at <= now.getTime() && now.getTime() - at <= PERIOD_LOOKBACK_DAYS * 864e5)
          return new Date(at).toISOString().slice(0, 16);
      }
  }
  return null;
}
function dayMatches(cron, at) {
  if (!cron.months.has(at.getUTCMonth() + 1)) return false;
  const day = cron.days.has(at.getUTCDate());
  const weekday = cron.weekdays.has(at.getUTCDay());
  return cron.eitherDay ? day || weekday : day && weekday;
}

// src/forge/github/runs/scan-runs.ts
var LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
async function scanRuns(input) {
  const { octokit, docs, now } = input;
  const where = `${docs.owner}/${docs.repo}`;
  const result = {
    scheduled: 0,
    opened: [],
    alreadyOpened: 0,
    reminded: []
  };
  const sha = new Map(input.sops.map((b) => [b.path, b.sha]));
  const periods = input.entries.flatMap((entry) => {
    if (entry.schedule === void 0 || isRetired(entry.status) || !sha.has(entry.path))
      return [];
    try {
      const period = schedulePeriod(parseCron(entry.schedule), now);
      return period === null ? [] : [{ path: entry.path, period }];
    } catch (error) {
      input.log.warn(
        { sop: entry.path },
        `${entry.path}: ${error.message}; no scheduled run`
      );
      return [];
    }
  });
  const due = periods;
  result.scheduled = due.length;
  const list = (extra) => attempt(
    `list the runs of ${where}`,
    () => octokit.paginate(octokit.rest.issues.listForRepo, {
      ...docs,
      labels: RUN_LABEL,
      per_page: 100,
      ...extra
    })
  );
  const open = await list({ state: "open" });
  if (due.length > 0) {
    const since = due.map((d) => d.period).sort()[0];
    const runs = await list({ state: "all", since: `${since}:00Z` });
    const made = new Set(
      runs.filter((issue) => issue.user?.type === "Bot").map((issue) => runKeyOf(issue.body)).filter((key) => key?.period != null).map((key) => `${key.path}
${key.period}`)
    );
    const todo = due.filter((d) => !made.has(`${d.path}
${d.period}`));
    result.alreadyOpened = due.length - todo.length;
    if (todo.length > 0) {
      const { data: branch } = await attempt(
        `read the branch ${input.ref} of ${where}`,
        () => octokit.rest.repos.getBranch({ ...docs, branch: input.ref })
      );
      for (const d of todo) {
        const sop = parseSop(await input.readBlob(sha.get(d.path), d.path));
        const checklist = buildChecklist({
          sop,
          path: d.path,
          commit: branch.commit.sha,
          link: `${input.htmlUrl}/blob/${branch.commit.sha}/${d.path.split("/").map(encodeURIComponent).join("/")}`,
          period: d.period
        });
        const owner = String(sop.frontMatter.data?.["owner"] ?? "").replace(
          /^@/,
          ""
        );
        const { data } = await attempt(
          `open the scheduled run of ${d.path}`,
          () => octokit.rest.issues.create({
            ...docs,
            title: checklist.title,
            body: checklist.body,
            labels: checklist.labels,
            ...LOGIN.test(owner) ? { assignees: [owner] } : {}
          })
        );
        input.log.info(
          { sop: d.path, period: d.period, issue: data.number },
          `opened scheduled run #${data.number} of ${d.path}`
        );
        result.opened.push(data.number);
      }
    }
  }
  const hours = input.config.run_reminder_hours;
  for (const issue of open) {
    const boxes = readCheckboxes(issue.body ?? "");
    const late = now.getTime() - Date.parse(issue.created_at) >= hours * 36e5;
    const reminded = issue.labels.some(
      (l) => (typeof l === "string" ? l : l.name) === REMINDED_LABEL
    );
    if (!late || reminded || runKeyOf(issue.body) === null || boxes.every((b) => b.checked))
      continue;
    const people = (issue.assignees ?? []).map((a) => a.login);
    if (people.length === 0 && issue.user && issue.user.type !== "Bot")
      people.push(issue.user.login);
    await attempt(`remind run #${issue.number}`, async () => {
      await octokit.rest.issues.addLabels({
        ...docs,
        issue_number: issue.number,
        labels: [REMINDED_LABEL]
      });
      await octokit.rest.issues.createComment({
        ...docs,
        issue_number: issue.number,
        body: reminderBody({ people, boxes, hours })
      });
    });
    result.reminded.push(issue.number);
  }
  return result;
}

// src/forge/github/scan-review-due.ts
var READ_CONCURRENCY = 8;
async function scanReviewDue(input) {
  const { octokit, docs, config } = input;
  const where = `${docs.owner}/${docs.repo}`;
  const { data: tree } = await attempt(
    `read the tree of ${where}`,
    () => octokit.rest.git.getTree({ ...docs, tree_sha: input.ref, recursive: "1" })
  );
  if (tree.truncated)
    input.log.warn(
      `The tree of ${where} is too large to read at once: SOPs beyond it are not scanned`
    );
  const folder = `${trimEnd(config.docs_folder, "/")}/`;
  const blobs = tree.tree.filter(
    (e) => e.type === "blob" && typeof e.path === "string" && e.sha
  );
  const sopBlobs = blobs.filter(
    (e) => e.path.startsWith(folder) && e.path.toLowerCase().endsWith(".md") && e.path !== config.catalog_path
  );
  const catalogBlob = blobs.find((e) => e.path === config.catalog_path);
  const readBlob = (sha, path) => attempt(`read ${path} in ${where}`, async () => {
    const { data } = await octokit.rest.git.getBlob({
      ...docs,
      file_sha: sha
    });
    return Buffer.from(data.content, "base64").toString("utf8");
  });
  const listed = new Map(
    (catalogBlob ? readCatalog({
      markdown: await readBlob(catalogBlob.sha, catalogBlob.path),
      catalogPath: config.catalog_path
    }) : []).map((entry) => [entry.path, entry])
  );
  const unlisted = sopBlobs.filter((blob) => !listed.has(blob.path));
  const read = await inBatches(
    unlisted,
    READ_CONCURRENCY,
    async (blob) => readCatalogEntry({
      path: blob.path,
      markdown: await readBlob(blob.sha, blob.path)
    })
  );
  const entries = [
    ...sopBlobs.flatMap((blob) => listed.get(blob.path) ?? []),
    ...read.filter((entry) => entry !== null)
  ];
  const due = selectReviewDue({
    entries,
    today: input.today,
    windowDays: config.review_window_days
  });
  const result = {
    sops: entries.length,
    due: due.length,
    dueSops: due,
    opened: [],
    alreadyOpen: 0,
    closed: [],
    filesRead: unlisted.length
  };
  result.runs = await scanRuns({
    ...input,
    now: new Date(input.now ?? Date.now()),
    entries,
    sops: sopBlobs,
    readBlob
  });
  const open = await attempt(
    `list the open review issues of ${where}`,
    () => octokit.paginate(octokit.rest.issues.listForRepo, {
      ...docs,
      labels: REVIEW_LABEL,
      state: "open",
      per_page: 100
    })
  );
  const reviews = open.flatMap((issue) => {
    const key = issue.user?.type === "Bot" ? reviewKeyOf(issue.body) : null;
    return key ? [{ number: issue.number, key }] : [];
  });
  const keys = new Set(reviews.map(({ key }) => `${key.path}
${key.due}`));
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  for (const review of reviews) {
    const sop = byPath.get(review.key.path);
    if (!sop || !needsNoReview(sop, review.key.due)) continue;
    await closeReview(octokit, docs, { number: review.number, sop });
    result.closed.push(review.number);
  }
  for (const sop of due) {
    if (keys.has(`${sop.path}
${sop.reviewDue}`)) {
      result.alreadyOpen++;
      continue;
    }
    const issue = reviewIssue({
      sop,
      link: `${input.htmlUrl}/blob/${encodeURIComponent(input.ref)}/${sop.path.split("/").map(encodeURIComponent).join("/")}`
    });
    const number = await openIssue(octokit, docs, issue);
    input.log.info(
      { sop: sop.path, due: sop.reviewDue, issue: number },
      `opened review issue #${number} for ${sop.path}`
    );
    result.opened.push(number);
  }
  return result;
}
function needsNoReview(sop, due) {
  return isRetired(sop.status) || isIsoDate(sop.reviewDue) && sop.reviewDue > due;
}
async function closeReview(octokit, docs, at) {
  const issue = { ...docs, issue_number: at.number };
  const why = isRetired(at.sop.status) ? "the SOP was retired since" : `the SOP was revised or confirmed since; its next review is due on ${at.sop.reviewDue}`;
  await attempt(`close review issue #${at.number}`, async () => {
    await octokit.rest.issues.createComment({
      ...issue,
      body: `Closed by the review scan: ${why}.`
    });
    await octokit.rest.issues.update({
      ...issue,
      state: "closed",
      state_reason: "completed"
    });
  });
}
async function openIssue(octokit, docs, issue) {
  const create = (assignees) => octokit.rest.issues.create({
    ...docs,
    title: issue.title,
    body: issue.body,
    labels: issue.labels,
    ...assignees.length > 0 ? { assignees } : {}
  });
  return attempt(`open "${issue.title}"`, async () => {
    const { data } = await create(issue.assignees).catch((error) => {
      if (statusOf(error) !== 422 || issue.assignees.length === 0) throw error;
      return create([]);
    });
    return data.number;
  });
}
async function inBatches(items, size, run) {
  const results = [];
  for (let i = 0; i < items.length; i += size)
    results.push(...await Promise.all(items.slice(i, i + size).map(run)));
  return results;
}

// src/shells/app/scan-repository.ts
async function scanRepository(input) {
  const { octokit, owner, repo } = input;
  const loaded = await loadConfig({
    octokit,
    task: { owner, repo, issueNumber: 0 },
    ...input.configPath ? { path: input.configPath } : {}
  });
  if (!loaded.ok) throw loaded.error;
  const { config } = loaded;
  const [docsOwner = owner, docsRepo = repo] = config.docs_repository?.split("/") ?? [];
  const docs = { owner: docsOwner, repo: docsRepo };
  const info = input.known && input.known.fullName.toLowerCase() === `${docsOwner}/${docsRepo}`.toLowerCase() ? { ref: input.known.ref, htmlUrl: input.known.htmlUrl } : await octokit.rest.repos.get(docs).then(({ data }) => ({
    ref: data.default_branch,
    htmlUrl: data.html_url
  }));
  return scanReviewDue({
    octokit,
    docs,
    ...info,
    config,
    today: input.today,
    log: input.log
  });
}

// src/shells/action/run-review-scan.ts
var Octokit = ProbotOctokit.defaults((options) => ({
  ...options,
  throttle: { ...options.throttle, enabled: false }
}));
async function runReviewScan(input) {
  const [owner = "", repo = ""] = input.repository.split("/");
  if (owner === "" || repo === "")
    throw new Error(
      `Unexpected GITHUB_REPOSITORY "${input.repository}", expected owner/name`
    );
  const probot = new Probot({
    githubToken: input.env.inputs.token,
    baseUrl: input.env.github.apiUrl,
    Octokit,
    logLevel: input.logLevel ?? "info"
  });
  const octokit = await probot.auth();
  const shown = input.event.payload["repository"];
  return scanRepository({
    octokit,
    owner,
    repo,
    ...shown?.full_name && shown.default_branch && shown.html_url ? {
      known: {
        fullName: shown.full_name,
        ref: shown.default_branch,
        htmlUrl: shown.html_url
      }
    } : {},
    ...input.env.inputs.configPath ? { configPath: input.env.inputs.configPath } : {},
    today: input.today,
    log: probot.log
  });
}
export {
  runReviewScan
};
