import { messageOf } from "../../core/message-of.js";
/**
 * An error's message and the messages of its causes, outermost first. A
 * cause whose text the wrapping message already quotes is left out.
 */
export function errorChain(error: unknown): {
  message: string;
  causes: string[];
} {
  const messages: string[] = [];
  let current: unknown = error;
  // Bounded: a cause chain could loop back on itself.
  for (
    let depth = 0;
    current !== undefined && current !== null && depth < 8;
    depth++
  ) {
    const text = messageOf(current);
    if (text && !messages.some((m) => m.includes(text))) messages.push(text);
    current = current instanceof Error ? current.cause : undefined;
  }
  const [message = "unknown error", ...causes] = messages;
  return { message, causes };
}
