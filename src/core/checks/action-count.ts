const ABBREVIATION =
  /(?:^|\s)(?:e\.g|i\.e|etc|vs|approx|no|mr|mrs|ms|dr|st)\.$/i;

/** How many actions a step's text holds: sentences, plus "; " and " and then " joins. */
export function actionCount(text: string): number {
  const boundaries = [...text.matchAll(/[.!?](?=\s+[\p{Lu}\d])/gu)].filter(
    (match) => !ABBREVIATION.test(text.slice(0, match.index + 1)),
  ).length;
  const joins =
    text.split("; ").length -
    1 +
    (text.toLowerCase().split(" and then ").length - 1);
  return 1 + boundaries + joins;
}
