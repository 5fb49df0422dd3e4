import { readFileSync } from "node:fs";

export interface PdfPage {
  /** [width, height] in points. */
  size: [number, number];
  /** The URI of every link annotation on the page, one per link fragment, in the file's order. */
  links: string[];
}

/**
 * The pages of a PDF Chromium printed, just enough to check a print: each
 * page's size and the links on it. Reads the plain (uncompressed) object
 * dictionaries Chromium writes for pages and annotations; content streams
 * are not read.
 */
export function readPdfPages(file: string): PdfPage[] {
  const text = readFileSync(file).toString("latin1");
  const objects = new Map<number, string>();
  for (const chunk of text.split("endobj")) {
    const head = /(?<!\d)(\d+) 0 obj/.exec(chunk);
    if (head) objects.set(Number(head[1]), chunk.slice(head.index));
  }
  const root = [...objects.values()].find(
    (o) => /\/Type\s*\/Pages\b/.test(o) && !/\/Parent\s/.test(o),
  );
  if (root === undefined)
    throw new Error(
      "Unexpected PDF without a page tree, expected /Type /Pages",
    );
  const pages: PdfPage[] = [];
  const walk = (body: string): void => {
    if (/\/Type\s*\/Pages\b/.test(body)) {
      for (const id of refs(/\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? ""))
        walk(objects.get(id) ?? "");
      return;
    }
    const box =
      /\/MediaBox\s*\[([^\]]*)\]/
        .exec(body)?.[1]
        ?.trim()
        .split(/\s+/)
        .map(Number) ?? [];
    const links = refs(/\/Annots\s*\[([^\]]*)\]/.exec(body)?.[1] ?? "").flatMap(
      (id) => {
        const uri = /\/URI\s*\(([^)]*)\)/.exec(objects.get(id) ?? "")?.[1];
        return uri === undefined ? [] : [uri];
      },
    );
    pages.push({
      size: [(box[2] ?? 0) - (box[0] ?? 0), (box[3] ?? 0) - (box[1] ?? 0)],
      links,
    });
  };
  walk(root);
  return pages;
}

function refs(list: string): number[] {
  return [...list.matchAll(/(?<!\d)(\d+) 0 R/g)].map((m) => Number(m[1]));
}
