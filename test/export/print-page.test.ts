// The printable copy in a real headless Chromium (npm test provides it: scripts/ensure-chromium.mjs):
// `sopflow export --format pdf` prints it; the PDF's pages are read back to check the paper size
// and that no step is split across two pages.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildPrintPage } from "../../src/core/export/build-print-page.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { exportCommand } from "../../src/shells/cli/export-command.js";
import { printPdf } from "../../src/shells/cli/print-pdf.js";
import { readPdfPages } from "../support/pdf-pages.js";
import { tempGitRepo } from "../support/temp-git-repo.js";

const FIXTURE = readFileSync(
  new URL("../fixtures/run-sops/swap-forklift-battery.md", import.meta.url),
  "utf8",
);
// A4 in PDF points (72 per inch): 210 mm × 297 mm.
const A4: [number, number] = [595.28, 841.89];

/** The fixture with 36 long steps, some with sub-steps and cautions: a procedure over several pages. */
function longSop(): string {
  const steps = Array.from({ length: 36 }, (_, i) => {
    const n = i + 1;
    const sub =
      n % 3 === 0
        ? "\n    1. Check the reading twice.\n    2. Write it on the tag.\n    3. Ask the shift lead when it is off."
        : "";
    const caution =
      n % 5 === 0
        ? "\n    > **Caution:** Keep hands clear of the hoist chain."
        : "";
    return `${n}. Inspect connector ${n} of the charging rack and wipe it with a dry cloth before you plug the next battery in.${caution}${sub}`;
  });
  return FIXTURE.replace(
    /## Steps\n\n[\s\S]*?\n\n## Edge cases/,
    `## Steps\n\n${steps.join("\n")}\n\n## Edge cases`,
  );
}

/** Each step's content wrapped in a link to step.invalid/N, so the PDF says on which page each part of a step landed. */
function withStepProbes(html: string): string {
  return html
    .split('<li class="step" id="step-')
    .map((part, i) => {
      if (i === 0) return part;
      const n = part.slice(0, part.indexOf('"'));
      const open = part.indexOf("<div>");
      const close = part.lastIndexOf("</div></li>");
      return `${part.slice(0, open + 5)}<a href="https://step.invalid/${n}">${part.slice(open + 5, close)}</a>${part.slice(close)}`;
    })
    .join('<li class="step" id="step-');
}

async function printProbed(
  html: string,
): Promise<ReturnType<typeof readPdfPages>> {
  const dir = mkdtempSync(path.join(tmpdir(), "sopflow-print-"));
  const page = path.join(dir, "page.html");
  writeFileSync(page, withStepProbes(html));
  await printPdf({ html: page, pdf: path.join(dir, "page.pdf") });
  return readPdfPages(path.join(dir, "page.pdf"));
}

/** For each step, the pages its parts landed on. */
function pagesOfSteps(
  pages: ReturnType<typeof readPdfPages>,
): Map<string, Set<number>> {
  const where = new Map<string, Set<number>>();
  pages.forEach((page, i) => {
    for (const link of page.links.filter((l) =>
      l.startsWith("https://step.invalid/"),
    )) {
      const step = link.slice("https://step.invalid/".length);
      where.set(step, (where.get(step) ?? new Set()).add(i + 1));
    }
  });
  return where;
}

describe("the printable copy in headless Chromium", { timeout: 60_000 }, () => {
  const html = buildPrintPage({
    sop: parseSop(longSop()),
    link: "https://github.com/acme/warehouse/blob/0123abc/docs/sops/swap-forklift-battery.md",
    commit: "0123abc",
  });

  it("prints on A4, over several pages, with every step whole on one page", async () => {
    const pages = await printProbed(html);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.size[0]).toBeCloseTo(A4[0], 0);
      expect(page.size[1]).toBeCloseTo(A4[1], 0);
    }
    const steps = pagesOfSteps(pages);
    expect([...steps.keys()].sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 36 }, (_, i) => String(i + 1)),
    );
    expect([...steps].filter(([, on]) => on.size > 1)).toEqual([]);
  });

  it("would split steps without its print rules (the check above can fail)", async () => {
    const pages = await printProbed(html.replace(/break-inside: avoid;/g, ""));
    const split = [...pagesOfSteps(pages)].filter(([, on]) => on.size > 1);
    expect(split.length).toBeGreaterThan(0);
  });

  it("shows version, approver, highlighted cautions and the link back to the source in the DOM Chromium renders", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sopflow-dom-"));
    writeFileSync(path.join(dir, "page.html"), html);
    const chromium = ["chromium", "chromium-browser"].find((name) => {
      try {
        execFileSync(name, ["--version"], { stdio: "ignore" });
        return true;
      } catch {
        return false;
      }
    });
    expect(chromium).toBeDefined();
    const dom = execFileSync(
      chromium!,
      [
        "--headless",
        "--disable-gpu",
        ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
        "--dump-dom",
        `file://${path.join(dir, "page.html")}`,
      ],
      { encoding: "utf8" },
    );
    expect(dom).toContain("<dt>Version</dt><dd>1.2</dd>");
    expect(dom).toContain("<dt>Approved by</dt><dd>@ines (2026-11-02)</dd>");
    expect(dom.match(/<li class="step" id="step-\d+">/g)).toHaveLength(36);
    expect(
      dom.match(
        /<div class="caution">Keep hands clear of the hoist chain\.<\/div>/g,
      ),
    ).toHaveLength(7);
    expect(dom).toContain(
      'href="https://github.com/acme/warehouse/blob/0123abc/docs/sops/swap-forklift-battery.md"',
    );
  });

  it("sopflow export writes the html and pdf of a committed SOP, and names the package when Chromium is missing", async () => {
    const repo = tempGitRepo();
    const sop = path.join(repo.dir, "sop.md");
    writeFileSync(sop, FIXTURE);
    repo.git("add", "sop.md");
    repo.git("commit", "--quiet", "-m", "Add the SOP");
    const out = (name: string) => path.join(repo.dir, name);
    try {
      const html = await exportCommand([
        sop,
        "--format",
        "html",
        "--out",
        out("sop.html"),
      ]);
      expect(html.lines).toEqual([out("sop.html")]);
      expect(readFileSync(out("sop.html"), "utf8")).toContain(
        "Swap a forklift battery",
      );
      const pdf = await exportCommand([
        sop,
        "--format",
        "pdf",
        "--out",
        out("sop.pdf"),
      ]);
      expect(pdf.lines).toEqual([out("sop.pdf")]);
      expect(readPdfPages(out("sop.pdf")).length).toBeGreaterThan(0);
      await expect(
        exportCommand([sop, "--format", "pdf", "--out", out("x.pdf")], {
          PATH: "/nonexistent",
        }),
      ).rejects.toThrow(/apt-get install chromium/);
    } finally {
      repo.cleanup();
    }
  });
});
