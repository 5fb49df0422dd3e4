/** The catalog's columns that appear only when some SOP has a value for them, found by these headers. */
export const OPTIONAL = {
  schedule: "Schedule",
  lastRun: "Last run",
  runs: "Runs",
} as const;
