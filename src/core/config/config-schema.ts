import { z } from "zod";
import { docsFolderProblem } from "./docs-folder-problem.js";

/**
 * The single description of `.github/sopflow.yml`: its keys, defaults and the
 * words that explain them. The JSON Schema for editors, the commented
 * template and the README's table are generated from it
 * (`npm run docs:config`). Every key has a default, so an absent file is a
 * valid configuration.
 */
export const ConfigSchema = z
  .object({
    docs_folder: z
      .string()
      .regex(
        /^[\w./-]+$/,
        "Unexpected characters, expected a relative folder path of letters, digits, '.', '_', '-' and '/'",
      )
      .superRefine((folder, ctx) => {
        const problem = docsFolderProblem(folder);
        if (problem !== null)
          ctx.addIssue({ code: "custom", message: problem });
      })
      .default("docs/sops")
      .meta({
        description:
          "Where SOP files live in the docs repository: a relative folder, not the repository's root, not under .git or .github, without '..'.",
      }),
    docs_repository: z
      .string()
      .regex(
        /^[\w.-]+\/[\w.-]+$/,
        "Unexpected repository name, expected owner/name",
      )
      .nullable()
      .default(null)
      .meta({
        description:
          "The repository SOPs are published to (owner/name); null = the issue's own repository.",
      }),
    accept_tasks_from: z
      .array(
        z
          .string()
          .regex(
            /^[\w.-]+\/[\w.-]+$/,
            "Unexpected repository name, expected owner/name",
          ),
      )
      .default([])
      .meta({
        description:
          "Read in the docs repository's own config: the other repositories (owner/name) whose tasks may publish into this one through their `docs_repository`. Empty (the default): only this repository's own tasks.",
      }),
    trigger_label: z.string().min(1).max(50).default("sop").meta({
      description:
        "The label that makes an issue an SOP task (the issue template sets it).",
    }),
    reviewers: z.array(z.string().min(1)).default([]).meta({
      description:
        "Whom to ask for a review of the draft (GitHub logins); empty = the person who opened the issue.",
    }),
    approvers: z
      .object({
        users: z
          .array(z.string().min(1))
          .default([])
          .meta({ description: "GitHub logins that may approve." }),
        teams: z.array(z.string().min(1)).default([]).meta({
          description:
            'Teams whose members may approve: "org/team-slug" or "team-slug".',
        }),
      })
      .strict()
      .default({ users: [], teams: [] })
      .meta({
        description:
          "Who may approve. The lists narrow, never widen: an approver always needs write, maintain or admin access to the docs repository; empty lists = anyone with that access.",
      }),
    require_independent_approver: z.boolean().default(false).meta({
      description:
        "Require the approver to be someone other than the person who asked for the SOP and anyone who pushed a commit to the SOP's branch.",
    }),
    merge_method: z.enum(["merge", "squash", "rebase"]).default("squash").meta({
      description:
        "How publishing merges the pull request: merge, squash or rebase.",
    }),
    block_publish_on: z
      .enum(["both", "errors", "questions", "nothing"])
      .default("both")
      .meta({
        description:
          "What keeps an approval from publishing until an approver overrides it with `/sop publish anyway`: the walkthrough's error findings, the SOP's open questions, both, or nothing.",
      }),
    record_approval_in_file: z.boolean().default(false).meta({
      description:
        "Also commit the approval (who, when, link to the review) into the SOP's front matter before merging. That adds a commit after the approval, so the merged commit is no longer the approved one: leave it off with branch rules that dismiss stale approvals. Off, the approval is recorded in the review, the merge commit's message and the publish note. The local run (`sopflow run`) turns it on.",
    }),
    model_command_limit: z.number().int().min(0).max(1000).default(10).meta({
      description:
        "How many `/sop draft` and `/sop retry` commands sopflow acts on per task (each spends model calls); later ones get a reply saying the limit is reached.",
    }),
    walkthrough_rounds: z.number().int().min(0).max(5).default(2).meta({
      description:
        "How many times the walkthrough may fix the draft and check again before asking for sign-off.",
    }),
    review_interval_days: z.number().int().min(1).max(3650).default(180).meta({
      description:
        "Days until an SOP is due for review (sets review_due in the front matter).",
    }),
    review_window_days: z.number().int().min(0).max(3650).default(30).meta({
      description:
        "Days ahead of an SOP's review_due date at which the scheduled scan opens its review issue (0 = on the day).",
    }),
    run_reminder_hours: z.number().int().min(1).max(8760).default(24).meta({
      description:
        "Hours after a run of an SOP (a checklist issue labelled sop-run) was opened at which the scheduled scan reminds its participants, once, when boxes are still unticked.",
    }),
    catalog_path: z
      .string()
      .regex(
        /^[\w./-]+\.md$/,
        "Unexpected characters, expected a relative Markdown file path of letters, digits, '.', '_', '-' and '/'",
      )
      .superRefine((file, ctx) => {
        const problem = docsFolderProblem(file);
        if (problem !== null)
          ctx.addIssue({ code: "custom", message: problem });
      })
      .default("docs/sops/README.md")
      .meta({
        description:
          "The catalog of every SOP (id, title, version, owner, status, dates, link), regenerated by `sopflow catalog`.",
      }),
    model: z
      .object({
        provider: z
          .enum(["auto", "offline", "openai", "github-models"])
          .default("auto")
          .meta({
            description:
              "Which model drives the steps: auto, offline (the built-in drafter, no network), openai (any OpenAI-compatible server) or github-models.",
          }),
        name: z.string().min(1).nullable().default(null).meta({
          description:
            "The model id, e.g. gpt-4.1-mini, or openai/gpt-4.1-mini on GitHub Models; null = the provider's default.",
        }),
        base_url: z.string().url().nullable().default(null).meta({
          description:
            "An OpenAI-compatible server, e.g. http://localhost:11434/v1 for Ollama; null = the provider's own.",
        }),
        timeout_seconds: z
          .number()
          .positive()
          .max(600)
          .default(90)
          .meta({ description: "Time limit of one model call, in seconds." }),
        step_deadline_seconds: z
          .number()
          .positive()
          .max(3600)
          .default(300)
          .meta({
            description:
              "Time limit of one step's model work, retries included, in seconds.",
          }),
      })
      .strict()
      .default({
        provider: "auto",
        name: null,
        base_url: null,
        timeout_seconds: 90,
        step_deadline_seconds: 300,
      })
      .meta({ description: "The model that drives the steps." }),
  })
  .strict()
  .meta({
    title: "sopflow configuration",
    description:
      "sopflow's configuration file, .github/sopflow.yml. Every key is optional.",
  });

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
