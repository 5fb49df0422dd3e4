const STOP_WORDS = new Set(
  (
    "a an the and or but if then else when while of to in on at by for with from into onto over under " +
    "as is are was were be been being it its this that these those there here i we you he she they " +
    "me us him her them my our your his their so not no do does did done has have had can could " +
    "will would should must may might shall just also than up out off all any each every some " +
    "through via per about within without between again"
  ).split(" "),
);

/** Lowercased words without punctuation or stop words, crudely stemmed so "refunds"/"refunded" meet "refund". */
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
  // "close", "closes", "closed", "closing" all end as "clos".
  return base.length > 3 && base.endsWith("e") ? base.slice(0, -1) : base;
}
