import { createRequire as __sopflowCreateRequire } from 'node:module';
const require = __sopflowCreateRequire(import.meta.url);
import {
  Probot,
  ProbotOctokit,
  addDays,
  attempt,
  code,
  inertMentions,
  isIsoDate,
  loadConfig,
  markdownProcessor,
  nodeText,
  paragraph,
  readFrontMatter,
  root,
  statusOf,
  stringifyMarkdown,
  table,
  text,
  trimEnd
} from "./chunk-TFBWEMKY.js";
import "./chunk-LVWUGAGM.js";

// src/core/catalog/catalog-entry.ts
function readCatalogEntry({
  path,
  markdown
}) {
  const head = frontMatterBlock(markdown);
  if (head === null) return null;
  const { data } = readFrontMatter(markdownProcessor.parse(head));
  const text2 = (key) => scalarText(data?.[key]).trim();
  const id = text2("id");
  if (id === "") return null;
  return {
    path,
    id,
    title: text2("title"),
    version: text2("version"),
    owner: text2("owner"),
    status: text2("status"),
    lastValidated: text2("last_validated"),
    reviewDue: text2("review_due")
  };
}
function scalarText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean")
    return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  return "";
}
function frontMatterBlock(markdown) {
  const lines = markdown.split("\n");
  if (lines[0]?.trimEnd() !== "---") return null;
  const close = lines.findIndex(
    (line, index) => index > 0 && line.trimEnd() === "---"
  );
  return close === -1 ? null : lines.slice(0, close + 1).join("\n");
}

// src/core/catalog/catalog-markers.ts
var isCatalogStart = (html) => html.trimStart().startsWith("<!-- sopflow:catalog:start");
var isCatalogEnd = (html) => html.trimStart().startsWith("<!-- sopflow:catalog:end");

// src/core/catalog/read-catalog.ts
function readCatalog({
  markdown,
  catalogPath
}) {
  const tree = markdownProcessor.parse(markdown);
  const entries = [];
  let inside = false;
  for (const node of tree.children) {
    if (node.type === "html" && isCatalogStart(node.value)) inside = true;
    else if (node.type === "html" && isCatalogEnd(node.value)) inside = false;
    else if (inside && node.type === "table")
      entries.push(...rowsOf(node, catalogPath));
  }
  return entries;
}
function rowsOf(table2, catalogPath) {
  return table2.children.slice(1).flatMap((row) => {
    const cells = row.children.map((cell) => nodeText(cell).trim());
    const link = row.children[1]?.children.find((n) => n.type === "link");
    if (cells.length < 7 || link === void 0) return [];
    const path = resolve(catalogPath, link.url);
    if (path === null) return [];
    const [id, title, version, owner, status, lastValidated, reviewDue] = cells;
    return [
      { path, id, title, version, owner, status, lastValidated, reviewDue }
    ];
  });
}
function resolve(catalogPath, url) {
  if (/^[a-z][a-z\d+.-]*:|^\//i.test(url)) return null;
  const parts = catalogPath.split("/").slice(0, -1);
  for (const part of decodeURI(url).split("/")) {
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

// src/core/review/review-issue.ts
var REVIEW_LABEL = "sop: review due";
var MARKER = "<!-- sopflow:review-due ";
var LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
function reviewIssue({
  sop,
  link
}) {
  const key = { path: sop.path, due: sop.reviewDue };
  const login = sop.owner.replace(/^@/, "");
  const assignees = LOGIN.test(login) && !sop.owner.includes("/") ? [login] : [];
  const tree = root([
    paragraph(
      "The SOP ",
      { type: "link", url: link, children: [text(sop.title || sop.path)] },
      ` (${sop.id}, version ${sop.version || "?"}) is due for review on ${sop.reviewDue}.`
    ),
    table(
      ["Owner", "Last validated", "Review due", "File"],
      [[sop.owner, sop.lastValidated, sop.reviewDue, sop.path]]
    ),
    paragraph(
      "Walk through it as it is done today. If it still holds, confirm it unchanged with ",
      code("/sop confirm"),
      " (a pull request that moves ",
      code("last_validated"),
      " and ",
      code("review_due"),
      "). If it does not, revise it with ",
      code("/sop revise"),
      "."
    )
  ]);
  const body = stringifyMarkdown(inertMentions({ tree, keep: assignees }));
  return {
    key,
    title: `Review due: ${sop.title || sop.path}`,
    // The marker names the SOP and date as JSON; "<" and ">" escaped so a path cannot end the comment.
    body: `${body}
${MARKER}${JSON.stringify(key).replace(/</g, "\\u003c").replace(/>/g, "\\u003e")} -->
`,
    labels: [REVIEW_LABEL],
    assignees
  };
}
function reviewKeyOf(body) {
  const at = body?.lastIndexOf(MARKER) ?? -1;
  if (body == null || at === -1) return null;
  const end = body.indexOf(" -->", at);
  if (end === -1) return null;
  try {
    const value = JSON.parse(body.slice(at + MARKER.length, end));
    if (value === null || typeof value !== "object") return null;
    const { path, due } = value;
    return typeof path === "string" && typeof due === "string" ? { path, due } : null;
  } catch {
    return null;
  }
}

// src/core/catalog/is-retired.ts
function isRetired(status) {
  return status.toLowerCase() === "retired";
}

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
    opened: [],
    alreadyOpen: 0,
    filesRead: unlisted.length
  };
  if (due.length === 0) return result;
  const open = await attempt(
    `list the open review issues of ${where}`,
    () => octokit.paginate(octokit.rest.issues.listForRepo, {
      ...docs,
      labels: REVIEW_LABEL,
      state: "open",
      per_page: 100
    })
  );
  const keys = new Set(
    open.filter((issue) => issue.user?.type === "Bot").map((issue) => reviewKeyOf(issue.body)).filter((key) => key !== null).map((key) => `${key.path}
${key.due}`)
  );
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
  const loaded = await loadConfig({
    octokit,
    task: { owner, repo, issueNumber: 0 },
    ...input.env.inputs.configPath ? { path: input.env.inputs.configPath } : {}
  });
  if (!loaded.ok) throw loaded.error;
  const { config } = loaded;
  const [docsOwner = owner, docsRepo = repo] = config.docs_repository?.split("/") ?? [];
  const docs = { owner: docsOwner, repo: docsRepo };
  const shown = input.event.payload["repository"];
  const info = shown?.default_branch && shown.html_url && shown.full_name?.toLowerCase() === `${docsOwner}/${docsRepo}`.toLowerCase() ? { ref: shown.default_branch, htmlUrl: shown.html_url } : await octokit.rest.repos.get(docs).then(({ data }) => ({
    ref: data.default_branch,
    htmlUrl: data.html_url
  }));
  return scanReviewDue({
    octokit,
    docs,
    ...info,
    config,
    today: input.today,
    log: probot.log
  });
}
export {
  runReviewScan
};
