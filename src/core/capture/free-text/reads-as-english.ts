// The commonest English words: running text in English is full of them, other languages are not.
const ENGLISH = new Set(
  (
    "the a an and or to of in on at for with from by is are was be it this that you we they he she i " +
    "if then when before after not no do does don't can will should must have has get put check all " +
    "each every any our your their them what who how into out up off as so but"
  ).split(" "),
);

/** Whether text of some length reads as English; short text is given the benefit of the doubt. */
export function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  if (words.length < 15) return true;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  return english / words.length >= 0.12;
}
