import { stepHints } from "../checklist/step-hints.js";
import type { ParsedSop } from "../sop/parsed-sop.js";
import type { SopStep } from "../sop/sop-schema.js";
import { PRINT_CSS } from "./print-css.js";

/**
 * A clean, printable HTML page of an SOP for the floor: the procedure as
 * numbered boxes to tick by hand, each step kept whole on one page, cautions
 * highlighted, the version and approver on top and a link back to the
 * source (at the commit it was printed from) at the bottom.
 */
export function buildPrintPage({
  sop,
  link,
  commit,
}: {
  sop: ParsedSop;
  /** Where the source lives (at the commit, when known). */
  link: string;
  /** The commit the page was made from; null when the file was not committed. */
  commit: string | null;
}): string {
  const { frontMatter: fm, content } = sop.file;
  const title = content.title || fm.title || "SOP";
  const approval = fm.approval;
  const meta: [string, string][] = [
    ["ID", fm.id],
    ["Version", fm.version],
    ["Status", fm.status],
    ["Owner", fm.owner],
    [
      "Approved by",
      approval === "merge-commit"
        ? "recorded in the merge commit that published it"
        : approval
          ? `${approval.by} (${approval.at.slice(0, 10)})`
          : "not recorded",
    ],
    ["Last validated", fm.last_validated],
    ["Review due", fm.review_due],
  ].filter((row): row is [string, string] => row[1] !== "");
  const parts = [
    `<h1>${esc(title)}</h1>`,
    `<dl class="meta">${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`,
    content.purpose ? `<h2>Purpose</h2><p>${esc(content.purpose)}</p>` : "",
    list("Prerequisites", content.prerequisites),
    content.cautions?.length
      ? `<div class="safety"><strong>⚠ Safety and cautions</strong><ul>${content.cautions.map((c) => `<li>${esc(c)}</li>`).join("")}</ul></div>`
      : "",
    `<h2>Procedure</h2><ol class="steps">${content.steps.map((step, i) => stepHtml(step, i + 1, content)).join("")}</ol>`,
    content.edgeCases.length
      ? `<h2>Edge cases</h2><table><thead><tr><th>If</th><th>Then</th></tr></thead><tbody>${content.edgeCases.map((e) => `<tr><td>${esc(e.case)}</td><td>${esc(e.action)}</td></tr>`).join("")}</tbody></table>`
      : "",
    content.definitionOfDone.length
      ? `<h2>Definition of done</h2><ul class="done">${content.definitionOfDone.map((d) => `<li><span class="box"></span><span>${esc(d)}</span></li>`).join("")}</ul>`
      : "",
    `<footer>Printed copy of version ${esc(fm.version || "?")}${commit ? ` (commit ${esc(commit.slice(0, 12))})` : ""}. The source is the current version: <a class="source" href="${esc(link)}">${esc(link)}</a></footer>`,
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}${fm.version ? ` — version ${esc(fm.version)}` : ""}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
${parts.filter((p) => p !== "").join("\n")}
</body>
</html>
`;
}

function stepHtml(
  step: SopStep,
  number: number,
  content: ParsedSop["file"]["content"],
): string {
  const hints = stepHints({
    step,
    roles: content.roles,
    prerequisites: content.prerequisites,
  });
  const who = [
    ...(hints.role ? [`Role: ${hints.role}`] : []),
    ...(hints.tools.length ? [`Tool: ${hints.tools.join(", ")}`] : []),
  ];
  const cautions = (step.cautions ?? [])
    .map((c) => `<div class="caution">${esc(c)}</div>`)
    .join("");
  const subs = step.substeps.length
    ? `<ol class="substeps" type="a">${step.substeps.map((s) => `<li>${esc(s)}</li>`).join("")}</ol>`
    : "";
  return `<li class="step" id="step-${number}"><span class="box"></span><span class="number">${number}.</span><div>${cautions}<div class="action">${esc(step.action)}</div>${who.length ? `<div class="hints">${esc(who.join(" · "))}</div>` : ""}${subs}</div></li>`;
}

function list(title: string, items: string[]): string {
  return items.length
    ? `<h2>${esc(title)}</h2><ul>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`
    : "";
}

function esc(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        c
      ] ?? c,
  );
}
