import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { trimEnd } from "../../core/capture/trim-end.js";
import { UsageError } from "./usage-error.js";

/** The most a request may hold: GitHub's limit on an issue body, so a local request could be an issue too. */
export const MAX_REQUEST_CHARS = 65_536;

/** A request read from a file: its first `# ` heading (or the file name) is the title. */
export async function readRequestFile(
  path: string,
): Promise<{ title: string; body: string }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR")
      throw new UsageError(
        `${code === "ENOENT" ? "there is no request file" : "the request must be a file, not the folder"} ${path}.\nUsage: sopflow run --request <file.md> (a description of the process; see examples/), or sopflow run --task <n> to resume a task (sopflow status lists them).`,
        { cause: error },
      );
    throw new Error(
      `Could not read the request file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    );
  }
  if (text.trim() === "")
    throw new Error(
      `The request file ${path} is empty: describe the process and its steps (see examples/)`,
    );
  if (text.length > MAX_REQUEST_CHARS) {
    throw new Error(
      `The request file ${path} holds ${text.length.toLocaleString("en")} characters, more than the ${MAX_REQUEST_CHARS.toLocaleString("en")} an issue can: split the process into several SOPs or shorten it`,
    );
  }
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== "");
  const title = first >= 0 ? headingText(lines[first] ?? "") : "";
  if (title !== "")
    return {
      title,
      body: lines
        .slice(first + 1)
        .join("\n")
        .trim(),
    };
  return {
    title: basename(path, extname(path)).replace(/[-_]+/g, " "),
    body: text.trim(),
  };
}

/** The text of a `# Title` line without its closing hashes; "" when the line is no such heading. */
function headingText(line: string): string {
  const text = /^#\s(.*)$/.exec(line)?.[1]?.trim() ?? "";
  return trimEnd(text, "#").trimEnd() || text;
}
