import type { Pitfall } from "./capture-schema.js";

const DASHED = /^(.+?)\s+[—–]+\s+(.+)$|^(.+?)\s+-{1,2}\s+(.+)$/;
const CONDITIONAL = /^((?:if|when|whenever)\s.+?)(?:,\s*|\s+then\s+)(.+)$/i;
const COLON = /^([^:]+?):\s+(.+)$/;

/**
 * One pitfall: "X — handle by Y", "If X, Y", "X: Y" give the situation and
 * its handling; anything else is a situation nobody said how to handle.
 */
export function parsePitfall(item: string): Pitfall {
  const text = item.trim();
  const dashed = DASHED.exec(text);
  if (dashed !== null)
    return pitfall(dashed[1] ?? dashed[3], dashed[2] ?? dashed[4], text);
  const conditional = CONDITIONAL.exec(text);
  if (conditional !== null)
    return pitfall(conditional[1], conditional[2], text);
  const colon = COLON.exec(text);
  if (colon !== null) return pitfall(colon[1], colon[2], text);
  return { text, handling: null };
}

function pitfall(
  situation: string | undefined,
  handling: string | undefined,
  whole: string,
): Pitfall {
  const what = situation?.trim() ?? "";
  const how = handling?.trim() ?? "";
  if (what === "") return { text: whole, handling: null };
  return { text: what, handling: how === "" ? null : how };
}
