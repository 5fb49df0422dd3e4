import { createHash } from "node:crypto";

/** The id git (and GitHub's contents API) gives a file's content: SHA-1 of "blob <bytes>\0<content>". */
export function gitBlobSha(content: string): string {
  return createHash("sha1")
    .update(`blob ${Buffer.byteLength(content, "utf8")}\0`)
    .update(content, "utf8")
    .digest("hex");
}
