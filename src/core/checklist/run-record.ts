import { z } from "zod";
import { inertMentions } from "../markdown/inert-mentions.js";
import {
  code,
  paragraph,
  root,
  strong,
  table,
} from "../markdown/md-builders.js";
import { stringifyMarkdown } from "../markdown/stringify-markdown.js";
import type { Checkbox } from "./read-checkboxes.js";

const LogEntry = z.object({
  index: z.number().int().nonnegative(),
  label: z.string(),
  checked: z.boolean(),
  /** Who changed the box; null when no delivery said (an edit while sopflow was not listening). */
  by: z.string().nullable(),
  at: z.string(),
});
const RecordData = z.object({
  v: z.literal(1),
  /** The boxes as the last recorded edit left them. */
  boxes: z.array(
    z.object({
      index: z.number().int().nonnegative(),
      label: z.string(),
      checked: z.boolean(),
    }),
  ),
  log: z.array(LogEntry),
});

export type RunLogEntry = z.infer<typeof LogEntry>;
export type RunRecord = z.infer<typeof RecordData>;

const MARKER = "<!-- sopflow:run-record ";
const SUFFIX = " -->";

/** The record of a run before anyone ticked: every box as the run was opened. */
export function emptyRunRecord(boxes: Checkbox[]): RunRecord {
  return { v: 1, boxes, log: [] };
}

/** The record a run-record comment carries (base64 JSON, so no text can close it), or null. */
export function readRunRecord(
  body: string | null | undefined,
): RunRecord | null {
  const at = body?.indexOf(MARKER) ?? -1;
  if (body == null || at === -1) return null;
  const end = body.indexOf(SUFFIX, at + MARKER.length);
  if (end === -1) return null;
  try {
    const json: unknown = JSON.parse(
      Buffer.from(body.slice(at + MARKER.length, end), "base64").toString(
        "utf8",
      ),
    );
    const parsed = RecordData.safeParse(json);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The run-record comment: who ticked what so far, as a table, with the record hidden at its top. */
export function runRecordBody(record: RunRecord): string {
  const data = Buffer.from(JSON.stringify(record), "utf8").toString("base64");
  const rows = record.log.map((entry) => [
    entry.label,
    entry.checked ? "ticked" : "unticked",
    entry.by === null ? "unknown" : `@${entry.by}`,
    entry.at,
  ]);
  const tree = root([
    paragraph(
      strong("Run record."),
      " Every change of a box, as GitHub reported it to sopflow. A change made while sopflow was not listening shows ",
      code("unknown"),
      ".",
    ),
    ...(rows.length === 0
      ? [paragraph("No box ticked yet.")]
      : [table(["Box", "Change", "By", "At"], rows)]),
  ]);
  // A record names people; editing it must not notify them again and again.
  return `${MARKER}${data}${SUFFIX}\n${stringifyMarkdown(inertMentions({ tree, keep: [] }))}`;
}

/** The note a finished run closes with: each box, who ticked it last and when. */
export function completionNote({
  record,
  at,
}: {
  record: RunRecord;
  at: string;
}): string {
  const rows = record.boxes.map((box) => {
    const tick = [...record.log]
      .reverse()
      .find((entry) => entry.index === box.index && entry.checked);
    return [
      box.label,
      tick?.by == null ? "unknown" : `@${tick.by}`,
      tick?.at ?? "unknown",
    ];
  });
  const people = new Set(
    record.log.flatMap((entry) => (entry.by === null ? [] : [entry.by])),
  );
  const tree = root([
    paragraph(
      strong("Run complete."),
      ` Every box is ticked (${record.boxes.length}); closed at ${at}.`,
    ),
    table(["Step", "Ticked by", "At"], rows),
    paragraph(
      "Who and when come from each edit of this issue that GitHub reported (the editor of that edit). Boxes ticked while sopflow was not listening show ",
      code("unknown"),
      ".",
    ),
  ]);
  return stringifyMarkdown(inertMentions({ tree, keep: [...people] }));
}
