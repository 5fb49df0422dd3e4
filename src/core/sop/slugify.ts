import { trimEnd } from "../capture/trim-end.js";

const MAX_LENGTH = 60;
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/**
 * A file name stem safe on every platform and inside a path: lowercase ASCII
 * letters, digits and single dashes, never empty, never a Windows device name.
 */
export function slugify(name: string): string {
  const slug = trimEnd(
    name
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+/, "")
      .slice(0, MAX_LENGTH),
    "-",
  );
  if (slug === "") return "sop";
  return WINDOWS_RESERVED.test(slug) ? `${slug}-sop` : slug;
}
