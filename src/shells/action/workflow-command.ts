/**
 * A workflow command line, e.g. `::error::message`. The runner reads one
 * command per line, so the data is escaped as its spec says: % first (it is
 * the escape character), then CR and LF.
 */
export function workflowCommand(
  command: "error" | "warning" | "notice",
  message: string,
): string {
  return `::${command}::${escapeData(message)}`;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
