/**
 * Why `docs_folder` cannot hold SOPs, or null when it can. sopflow writes
 * there with the repository's own token: the repository's root, anything
 * under .git (hooks run code) or .github (workflows run code) and paths that
 * leave the repository are refused. A leading "./" and a trailing "/" are
 * allowed, as people write them.
 */
export function docsFolderProblem(folder: string): string | null {
  const shown = `"${folder}"`;
  if (folder.startsWith("/"))
    return `Unexpected absolute path ${shown}, expected a folder relative to the repository's root`;
  let trimmed = folder.replace(/^(?:\.\/)+/, "");
  while (trimmed.endsWith("/")) trimmed = trimmed.slice(0, -1);
  const parts = trimmed.split("/");
  if (trimmed === "" || trimmed === ".")
    return `Unexpected folder ${shown} (the repository's root), expected a folder such as docs/sops`;
  if (parts.includes(".."))
    return `Unexpected ".." in ${shown}, expected a folder inside the repository`;
  if (parts.some((part) => part === "" || part === "."))
    return `Unexpected "." or an empty part in ${shown}, expected a plain folder path such as docs/sops`;
  // Case-insensitive: on macOS and Windows checkouts ".GIT" is ".git".
  if (parts.some((part) => part.toLowerCase() === ".git"))
    return `Unexpected folder ${shown} under .git, expected a folder for documents such as docs/sops`;
  if (parts[0]?.toLowerCase() === ".github")
    return `Unexpected folder ${shown} under .github, expected a folder for documents such as docs/sops`;
  return null;
}
