/** A label reduced to lowercase letters and digits, so quoting, dashes and spacing never matter. */
export function normalizeLabel(label: string): string {
  return label
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
