import type { Heading, Root, RootContent, Yaml } from "mdast";
import type { Point } from "unist";
import type { MappedFrontMatter } from "./front-matter-aliases.js";
import type { SopFile } from "./sop-schema.js";

/** One h2 section: its heading and every node up to the next h2 (or h1). */
export interface SopSection {
  title: string;
  heading: Heading;
  nodes: RootContent[];
  start: Point;
  end: Point;
}

export interface ParsedFrontMatter {
  /** The YAML node, or null when the file has no front matter. */
  node: Yaml | null;
  /** The mapping as written (unknown keys kept), or null when absent or unreadable. */
  data: Record<string, unknown> | null;
  /** Why the YAML could not be read, or null. */
  error: string | null;
  /** `data` read as sopflow's keys (`document_no` as `id`…); absent when there is no data. */
  mapped?: MappedFrontMatter;
}

export interface ParsedSop {
  /** The Markdown as given; positions in `tree` point into it. */
  source: string;
  tree: Root;
  frontMatter: ParsedFrontMatter;
  /** The first h1, or null. */
  title: Heading | null;
  /** Sections by sectionKey(title), in document order; the first of duplicate headings wins. */
  sections: ReadonlyMap<string, SopSection>;
  /** Best-effort reading of the whole file; missing parts are empty strings, empty lists or null. */
  file: SopFile;
}
