import { z } from "zod";

/** Where the local forge keeps its "issue tracker": a branch of its own, so the docs branch stays clean. */
export const TASKS_BRANCH = "sopflow/tasks";
export const taskDir = (n: number): string => `.sopflow/tasks/${n}`;

export const TaskRecordSchema = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  author: z.string(),
  open: z.boolean(),
  labels: z.array(z.string()),
  requestHash: z.string(),
  createdAt: z.string(),
});

export const ReviewRecordSchema = z.object({
  id: z.string(),
  author: z.string(),
  state: z.enum(["approved", "changes_requested", "commented", "dismissed"]),
  commitId: z.string(),
  body: z.string(),
  submittedAt: z.string(),
  comments: z.array(
    z.object({
      id: z.string(),
      path: z.string(),
      line: z.number().int().nullable(),
      body: z.string(),
    }),
  ),
});

export const PullRecordSchema = z.object({
  number: z.number().int(),
  branch: z.string(),
  base: z.string(),
  title: z.string(),
  body: z.string(),
  state: z.enum(["open", "closed", "merged"]),
  mergeSha: z.string().nullable(),
  mergedBy: z.string().nullable(),
});

export type TaskRecord = z.infer<typeof TaskRecordSchema>;
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;
export type PullRecord = z.infer<typeof PullRecordSchema>;

/** A comment file's name: its place in the timeline, who wrote it. */
export function commentFileName(
  seq: number,
  kind: "self" | "human",
  author: string,
): string {
  return `${String(seq).padStart(4, "0")}-${kind}-${author.replace(/[^\w.-]/g, "_")}.md`;
}

export function parseCommentFileName(
  name: string,
): { seq: number; kind: "self" | "human"; author: string } | null {
  const match = /^(\d{4,})-(self|human)-(.+)\.md$/.exec(name);
  return match
    ? {
        seq: Number(match[1]),
        kind: match[2] as "self" | "human",
        author: match[3] ?? "",
      }
    : null;
}
