import { significantWords } from "./significant-words.js";

export interface PlacedStep {
  text: string;
  tribal: boolean;
}

// Each pattern matches the lead only; the item's own words are what follows it.
const BY_NUMBER = /^(after|before)\s+step\s+(\d{1,4})(?!\d)(?:\s*[:,—–-])?\s*/i;
const BY_PHRASE = /^(after|before)\s+/i;
const PHRASE_END = /[:—–,]/;
const LEAD_IN =
  /^(?:oh(?:\s*,)?\s*)?(?:and(?:\s*,)?\s+)?(?:also(?:\s*,)?\s+)?/i;

/**
 * Merges the "oh, and you also have to…" items into the steps: "after step
 * 3: …" or "before <words of a step>: …" puts an item next to that step;
 * anything else goes at the end. Numbers refer to the operator's own steps.
 */
export function placeTribalSteps(
  steps: string[],
  tribal: string[],
): PlacedStep[] {
  const before = steps.map((): PlacedStep[] => []);
  const after = steps.map((): PlacedStep[] => []);
  const atEnd: PlacedStep[] = [];
  for (const item of tribal) {
    const place = placement(item, steps);
    const placed = {
      text:
        item.slice(place.textStart).replace(LEAD_IN, "").trim() || item.trim(),
      tribal: true,
    };
    const slot =
      place.index === null
        ? atEnd
        : (place.side === "before" ? before : after)[place.index];
    (slot ?? atEnd).push(placed);
  }
  const merged = steps.flatMap((text, i) => [
    ...(before[i] ?? []),
    { text, tribal: false },
    ...(after[i] ?? []),
  ]);
  return [...merged, ...atEnd];
}

interface Placement {
  side: "before" | "after";
  index: number | null;
  /** Where the step's own words start in the item. */
  textStart: number;
}

function placement(item: string, steps: string[]): Placement {
  const text = item.trim();
  const offset = item.indexOf(text);
  const byNumber = BY_NUMBER.exec(text);
  if (byNumber !== null && byNumber[0].length < text.length) {
    const n = Number(byNumber[2]);
    if (n >= 1 && n <= steps.length)
      return at(byNumber[1], n - 1, offset + byNumber[0].length);
  }
  const byPhrase = phraseLead(text);
  const anchor = byPhrase === null ? null : bestMatch(byPhrase.phrase, steps);
  if (byPhrase !== null && anchor !== null)
    return at(byPhrase.side, anchor, offset + byPhrase.textStart);
  return { side: "after", index: null, textStart: 0 };
}

/** "before <3 to 120 characters>: …": the side, the phrase naming a step, and where the item's words start. */
function phraseLead(
  text: string,
): { side: string; phrase: string; textStart: number } | null {
  const lead = BY_PHRASE.exec(text);
  if (lead === null) return null;
  const from = lead[0].length;
  const end = text.slice(from).search(PHRASE_END);
  if (end < 3) return null;
  const raw = text.slice(from, from + end);
  const phrase = raw.slice(0, Math.max(3, raw.trimEnd().length));
  const rest = text.slice(from + end + 1);
  const textStart = text.length - rest.trimStart().length;
  if (phrase.length > 120 || textStart === text.length) return null;
  return { side: lead[1] ?? "after", phrase, textStart };
}

function at(
  side: string | undefined,
  index: number,
  textStart: number,
): Placement {
  return {
    side: side?.toLowerCase() === "before" ? "before" : "after",
    index,
    textStart,
  };
}

/** The step sharing the most meaningful words with the phrase, if it shares at least half of them. */
function bestMatch(phrase: string, steps: string[]): number | null {
  const words = new Set(significantWords(phrase));
  if (words.size === 0) return null;
  let best: number | null = null;
  let bestScore = 0.5;
  for (const [index, step] of steps.entries()) {
    const stepWords = new Set(significantWords(step));
    const score =
      [...words].filter((w) => stepWords.has(w)).length / words.size;
    if (score > bestScore || (score === bestScore && best === null))
      [best, bestScore] = [index, score];
  }
  return best;
}
