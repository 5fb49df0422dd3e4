import { trimEnd } from "./trim-end.js";

// The title's whitespace is collapsed first, so one literal space stands for any run.
const SOP_PREFIX = /^\[? ?sop ?\]? ?[:\-—–] ?/i;
const DOCUMENT =
  /^(?:please )?(?:document|write up|write|capture|create an? sop for) (?:(?:our|the|my|a) )?/i;
const AS_SOP = / as an? (?:sop|standard operating procedure) ?[.!]?$/i;
const SOP_FOR =
  /^(?:an? )?(?:sop|standard operating procedure) (?:for|on|about) (?:(?:our|the) )?/i;

/**
 * The process name a request title gives: "SOP: Customer onboarding" and
 * "Document our customer onboarding process as an SOP" both name the process.
 */
export function cleanTitle(title: string): string {
  const stripped = title.replace(/\s+/g, " ").trim().replace(SOP_PREFIX, "");
  const name = trimEnd(processName(stripped).trim(), ".!? ");
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function processName(title: string): string {
  const document = DOCUMENT.exec(title);
  const asSop = AS_SOP.exec(title);
  if (document !== null && asSop !== null && asSop.index > document[0].length)
    return title.slice(document[0].length, asSop.index);
  const sopFor = SOP_FOR.exec(title);
  if (sopFor !== null && sopFor[0].length < title.length)
    return title.slice(sopFor[0].length);
  return title;
}
