/**
 * For each item of `after`, the index of the `before` item it continues, or
 * null for a new item. Equal keys are matched by longest common subsequence;
 * between two matches, unmatched items pair up in order, as rewordings of
 * the items they replace.
 */
export function matchSequence(
  before: readonly string[],
  after: readonly string[],
): { from: number | null; same: boolean }[] {
  const n = before.length;
  const m = after.length;
  // lengths[i][j]: LCS of before[i..] and after[j..]; lists in an SOP are short, so n*m is small.
  const lengths = Array.from({ length: n + 1 }, () =>
    new Array<number>(m + 1).fill(0),
  );
  for (let i = n - 1; i >= 0; i--) {
    const row = lengths[i] as number[];
    const below = lengths[i + 1] as number[];
    for (let j = m - 1; j >= 0; j--)
      row[j] =
        before[i] === after[j]
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number);
  }
  const result: { from: number | null; same: boolean }[] = [];
  let i = 0;
  let j = 0;
  const gapBefore: number[] = [];
  const gapAfter: number[] = [];
  const closeGap = (): void => {
    for (const [k, at] of gapAfter.entries()) {
      const from = gapBefore[k];
      result[at] = { from: from ?? null, same: false };
    }
    gapBefore.length = 0;
    gapAfter.length = 0;
  };
  const at = (r: number, c: number): number => lengths[r]?.[c] ?? 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      closeGap();
      result[j] = { from: i, same: true };
      i++;
      j++;
    } else if (j < m && (i >= n || at(i, j + 1) >= at(i + 1, j))) {
      gapAfter.push(j);
      result[j] = { from: null, same: false };
      j++;
    } else {
      gapBefore.push(i);
      i++;
    }
  }
  closeGap();
  return result;
}
