const STOP_WORDS = new Set(
  (
    "a an the and or but if then than to of in on at by for from with into onto about as is are be been was were " +
    "it its this that these those we i you they he she them our your their my his her me us so do does did done " +
    "have has had will would should can could must may might not no also just all any each every some there here " +
    "what which who whom when where how after before up out over"
  ).split(" "),
);

/**
 * The words of a text that carry meaning: lowercased, without stop words,
 * stemmed so "tagging", "tagged", "tags" and "tag" meet.
 */
export function significantWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
}

function stem(word: string): string {
  let base = word;
  if (base.length > 5 && base.endsWith("ing")) base = base.slice(0, -3);
  else if (base.length > 4 && base.endsWith("ed")) base = base.slice(0, -2);
  else if (base.length > 3 && base.endsWith("s") && !base.endsWith("ss"))
    base = base.slice(0, -1);
  if (/([^aeiouls])\1$/.test(base)) base = base.slice(0, -1);
  return base.length > 3 && base.endsWith("e") ? base.slice(0, -1) : base;
}
