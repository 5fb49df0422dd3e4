/** Logins, team slugs and label names compare without case, as GitHub compares them. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
