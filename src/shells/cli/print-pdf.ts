import { execFile } from "node:child_process";
import { pathToFileURL } from "node:url";
import { findChromium } from "./find-chromium.js";

/** How long one print may take before it is given up. */
const PRINT_TIMEOUT_MS = 60_000;

/**
 * Prints an HTML file to PDF through headless Chromium (the page's own
 * `@page` rule sets A4). Throws, naming the package to install, when no
 * Chromium is found.
 */
export async function printPdf(input: {
  html: string;
  pdf: string;
  env?: Record<string, string | undefined>;
}): Promise<void> {
  const chromium = await findChromium(input.env);
  if (chromium === null)
    throw new Error(
      "Unexpected missing Chromium, expected `chromium` or `chromium-browser` on PATH (or SOPFLOW_CHROMIUM) to print the PDF: install it with `sudo apt-get install chromium` (Debian) or `sudo apt-get install chromium-browser` (Ubuntu), or export --format html and print that page",
    );
  const args = [
    "--headless",
    "--disable-gpu",
    "--no-first-run",
    "--no-pdf-header-footer",
    // Chromium refuses to start its sandbox as root (containers, CI): printing a local file needs none.
    ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
    `--print-to-pdf=${input.pdf}`,
    pathToFileURL(input.html).href,
  ];
  await new Promise<void>((resolve, reject) => {
    execFile(
      chromium,
      args,
      { timeout: PRINT_TIMEOUT_MS },
      (error, _stdout, stderr) => {
        if (error)
          reject(
            new Error(
              `Chromium could not print ${input.html}: ${stderr.trim().split("\n").pop() ?? error.message}`,
              { cause: error },
            ),
          );
        else resolve();
      },
    );
  });
}
