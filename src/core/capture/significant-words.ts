/** Words that carry no meaning of their own when matching a step, a tool or a pitfall. */
const STOP_WORDS = new Set(
  (
    "a an the and or but if then else than when while where how what which who whom " +
    "to of in on at by for from with into onto over under about as through via per within without between " +
    "is are was were be been being it its this that these those there here " +
    "i we you he she they me us him her them my our your his their " +
    "so not no do does did done has have had will would should can could must may might shall " +
    "also just again all any each every some after before up out off"
  ).split(" "),
);

/**
 * The words of a text that carry meaning: lowercased, without possessive
 * "'s" or stop words, crudely stemmed so "tagging", "tagged", "tags" and
 * "tag" meet. Capture (placing a remembered step) and the walkthrough's
 * coverage check (is a captured item in the SOP?) both match by these, so
 * they agree on which words are the same.
 */
export function significantWords(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => !STOP_WORDS.has(word)).map(stem);
}

function stem(word: string): string {
  let base = word;
  if (base.length > 5 && base.endsWith("ing")) base = base.slice(0, -3);
  else if (base.length > 4 && base.endsWith("ed")) base = base.slice(0, -2);
  else if (base.length > 3 && base.endsWith("s") && !base.endsWith("ss"))
    base = base.slice(0, -1);
  // "tagged" and "tagging" lose the doubled consonant their suffix brought.
  if (/([^aeiouls])\1$/.test(base)) base = base.slice(0, -1);
  // "close", "closes", "closed", "closing" all end as "clos".
  return base.length > 3 && base.endsWith("e") ? base.slice(0, -1) : base;
}
