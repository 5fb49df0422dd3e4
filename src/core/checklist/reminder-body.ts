import type { Checkbox } from "./read-checkboxes.js";

/** The label a reminded run carries, so the scan reminds each run once. */
export const REMINDED_LABEL = "sop-run: reminded";

/** The one reminder on a run left with unticked boxes: whom it asks, what is left, what to do. */
export function reminderBody(input: {
  people: string[];
  boxes: Checkbox[];
  hours: number;
}): string {
  const left = input.boxes.filter((box) => !box.checked);
  const who = input.people.map((login) => `@${login}`).join(" ");
  const shown = left.slice(0, 5).map((box) => `- ${box.label}`);
  return [
    `${who ? `${who}: ` : ""}this run is open for more than ${input.hours} hours with ${left.length} of ${input.boxes.length} boxes unticked:`,
    "",
    ...shown,
    ...(left.length > shown.length
      ? [`- … and ${left.length - shown.length} more`]
      : []),
    "",
    "Tick the steps done, or close the run if it was abandoned. This is the only reminder.",
    "",
  ].join("\n");
}
