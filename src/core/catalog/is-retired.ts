/** Whether a status marks an SOP retired: kept on record, listed apart, never due for review. */
export function isRetired(status: string): boolean {
  return status.toLowerCase() === "retired";
}
