import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildPrintPage } from "../../core/export/build-print-page.js";
import { parseSop } from "../../core/sop/parse-sop.js";
import { usageError } from "./cli-args.js";
import { printPdf } from "./print-pdf.js";
import { readLocalSop } from "./read-local-sop.js";
import { UsageError } from "./usage-error.js";

const OPTIONS = {
  format: { type: "string" },
  out: { type: "string" },
} as const;

export interface ExportOutcome {
  code: 0 | 1;
  lines: string[];
}

/**
 * `sopflow export <path> --format html|pdf [--out file]`: a printable copy
 * of the SOP as committed (HTML, or PDF printed by headless Chromium);
 * prints the written file's path.
 */
export async function exportCommand(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): Promise<ExportOutcome> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError(error, Object.keys(OPTIONS), "sopflow export");
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0)
    throw new UsageError(
      "export needs one SOP file, e.g. `sopflow export docs/sops/release.md --format pdf`",
    );
  const format = parsed.values.format ?? "html";
  if (format !== "html" && format !== "pdf")
    throw new UsageError(`Unexpected --format ${format}, expected html or pdf`);
  const sop = await readLocalSop(file);
  const html = buildPrintPage({
    sop: parseSop(sop.markdown),
    link: sop.link,
    commit: sop.commit,
  });
  const base = path.basename(sop.path).replace(/\.md$/i, "");
  const out = path.resolve(parsed.values.out ?? `${base}.${format}`);
  const notes = sop.warning === null ? [] : [`note: ${sop.warning}`];
  if (format === "html") {
    await write(out, html);
    return { code: 0, lines: [...notes, out] };
  }
  const dir = await mkdtemp(path.join(tmpdir(), "sopflow-export-"));
  try {
    const page = path.join(dir, `${base}.html`);
    await write(page, html);
    await printPdf({ html: page, pdf: out, env });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { code: 0, lines: [...notes, out] };
}

async function write(file: string, text: string): Promise<void> {
  await writeFile(file, text).catch((error: unknown) => {
    throw new Error(`Cannot write ${file}`, { cause: error });
  });
}
