import { trimEnd } from "../capture/trim-end.js";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where an SOP lives in the docs repository; refuses any folder that could escape it or reach workflows. */
export function sopPath({
  docsFolder,
  slug,
}: {
  docsFolder: string;
  slug: string;
}): string {
  const folder = trimEnd(docsFolder.replace(/^(?:\.\/)+/, ""), "/");
  if (folder === "" || folder.startsWith("/") || /^[a-z]:|\\/i.test(folder)) {
    throw new Error(
      `Refusing docs folder "${docsFolder}": expected a relative folder path inside the repository`,
    );
  }
  if (folder.split("/").includes("..")) {
    throw new Error(
      `Refusing docs folder "${docsFolder}": ".." would leave the repository`,
    );
  }
  if (/^\.github(?:\/|$)/i.test(folder)) {
    throw new Error(
      `Refusing docs folder "${docsFolder}": SOPs never go under .github`,
    );
  }
  if (!SLUG.test(slug)) {
    throw new Error(
      `Refusing slug "${slug}": expected lowercase letters, digits and single dashes (see slugify)`,
    );
  }
  return `${folder}/${slug}.md`;
}
