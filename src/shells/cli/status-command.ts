import { parseArgs } from "node:util";
import { STATE_LABEL_NAMES } from "../../core/workflow/state-labels.js";
import { listLocalTasks } from "../../forge/local/open-local-task.js";
import { usageError } from "./cli-args.js";

const OPTIONS = { repo: { type: "string" } } as const;

/** `sopflow status`: the local tasks of a repository, where each stands, and how to resume one. */
export async function statusCommand(
  argv: string[],
): Promise<{ code: number; lines: string[] }> {
  let repo: string;
  try {
    repo =
      parseArgs({ args: argv, options: OPTIONS, strict: true }).values.repo ??
      process.cwd();
  } catch (error) {
    throw usageError(error, Object.keys(OPTIONS), "sopflow status");
  }
  const { store, tasks } = await listLocalTasks(repo);
  if (tasks.length === 0)
    return {
      code: 0,
      lines: [
        `No local tasks in ${store.dir} yet: \`sopflow run --request <file.md>\` starts one.`,
      ],
    };
  const rows = tasks.map((task) => {
    const label = task.labels.find((l) => STATE_LABEL_NAMES.includes(l));
    const state = label?.replace(/^sop: /, "") ?? "started";
    return `  ${String(task.number).padStart(3)}  ${state.padEnd(18)}  ${task.title}  (${task.author}, ${task.createdAt.slice(0, 10)})`;
  });
  return {
    code: 0,
    lines: [
      `Local tasks in ${store.dir}:`,
      ...rows,
      "Resume one with `sopflow run --task <n>` (add --answers, --draft, --approve or --request-changes as it needs).",
    ],
  };
}
