import { z } from "zod";

/**
 * The single description of `.github/sopflow.yml`. Every key has a default,
 * so an absent file is a valid configuration.
 */
export const ConfigSchema = z
  .object({
    docs_folder: z
      .string()
      .regex(
        /^[A-Za-z0-9._/-]+$/,
        "a relative folder path of letters, digits, '.', '_', '-' and '/'",
      )
      .refine(
        (p) => !p.startsWith("/") && !p.split("/").includes(".."),
        "a path inside the repository",
      )
      .refine((p) => !/^\.github(\/|$)/.test(p), "a folder outside .github")
      .default("docs/sops"),
    docs_repository: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "owner/name")
      .nullable()
      .default(null),
    trigger_label: z.string().min(1).max(50).default("sop"),
    reviewers: z.array(z.string().min(1)).default([]),
    approvers: z
      .object({
        users: z.array(z.string().min(1)).default([]),
        teams: z.array(z.string().min(1)).default([]),
      })
      .default({ users: [], teams: [] }),
    require_independent_approver: z.boolean().default(false),
    merge_method: z.enum(["merge", "squash", "rebase"]).default("squash"),
    block_publish_on: z
      .enum(["both", "errors", "questions", "nothing"])
      .default("both")
      .describe(
        "What keeps an approval from publishing until an approver overrides it with `/sop publish anyway`: the walkthrough's error findings, the SOP's open questions, both, or nothing.",
      ),
    /**
     * Commit the approval (who, when, link) into the SOP's front matter before
     * merging. Off by default: the merged commit is then exactly the approved
     * one, and the approval lives in the review, the merge commit message and
     * the publish note.
     */
    record_approval_in_file: z.boolean().default(false),
    walkthrough_rounds: z.number().int().min(0).max(5).default(2),
    review_interval_days: z.number().int().min(1).max(3650).default(180),
    model: z
      .object({
        provider: z
          .enum(["auto", "offline", "openai", "github-models"])
          .default("auto"),
        name: z.string().min(1).nullable().default(null),
        base_url: z.string().url().nullable().default(null),
        timeout_seconds: z.number().positive().max(600).default(90),
        step_deadline_seconds: z.number().positive().max(3600).default(300),
      })
      .default({
        provider: "auto",
        name: null,
        base_url: null,
        timeout_seconds: 90,
        step_deadline_seconds: 300,
      }),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
