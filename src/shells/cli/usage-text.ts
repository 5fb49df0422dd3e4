export const USAGE = `sopflow — turn a process description into a reviewed, published SOP

Usage:
  sopflow demo                          the whole workflow on a bundled example, in a throwaway git repo
  sopflow run [options]                 the whole workflow on a local git repository
  sopflow revise <path or id> --change "<text>" [run options]   revise a published SOP (or --request <file>)
  sopflow status [--repo path]          the local tasks and where each stands
  sopflow lint <files or folders>       the walkthrough's checks on SOP files [--format json]
  sopflow init [--repo path] [--force]  add the issue template, workflow and config to a repository
  sopflow catalog [--repo path] [--check]   regenerate the SOP catalog (--check: exit 1 when it is stale)
  sopflow review-due [--repo path] [--today YYYY-MM-DD] [--window days]   list the SOPs due for review
  sopflow checklist <file> [--out file.md]   a run of the SOP as a Markdown task list, pinned to its commit
  sopflow export <file> --format html|pdf [--out file]   a printable copy (pdf: printed by headless Chromium)

sopflow run options:
  --repo <path>                 the git repository (default: the current directory)
  --request <file.md>           the request (an issue-form body or free text); prompts on a terminal otherwise
  --task <n>                    resume local task n (sopflow status lists them); with --request, its request edited
  --answers <file>              answers to open questions, one per number ("1. …")
  --draft                       draft now; open questions show in the SOP as flagged gaps
  --request-changes "<text>"    request changes on the draft with this feedback (redraft)
  --approve                     approve the draft you have seen: publish by merging into the docs branch
  --yes                         with --approve: also approve a draft made in this same run, unseen
  --publish-anyway              with --approve: publish although error findings or open questions block it (recorded)
  --cancel                      cancel the task: its draft branch is deleted (reopen with --task n to start again)
  --reviewer <name>             who answers and reviews (default: git config user.name)
  --base <branch>               the docs branch (default: main, else master)
  --provider <p> --model <m> --base-url <url>   the model (default: the offline drafter)
  --verbose                     print each step's full note, not a summary

Exit codes: 0 done, 1 failed or wrong usage, 2 waiting for input (answers or a review).`;
