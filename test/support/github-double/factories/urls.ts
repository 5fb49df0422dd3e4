export const API_URL = "https://api.github.com";
export const WEB_URL = "https://github.com";
export const DOCS_URL = "https://docs.github.com/rest";

/** GitHub's global node ids are opaque base64 strings; these are stable per kind and id. */
export function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}${id}`)
    .toString("base64")
    .replace(/={1,2}$/, "");
}

export function repoApiUrl(repo: { owner: string; name: string }): string {
  return `${API_URL}/repos/${repo.owner}/${repo.name}`;
}

export function repoWebUrl(repo: { owner: string; name: string }): string {
  return `${WEB_URL}/${repo.owner}/${repo.name}`;
}
