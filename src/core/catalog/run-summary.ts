/** What the catalog shows of an SOP's runs: how many, and the latest. */
export interface RunSummary {
  count: number;
  /** The latest run: the day it was opened (YYYY-MM-DD) and its issue. */
  last: { on: string; url: string };
}
