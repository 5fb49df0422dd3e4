import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeNoteParts } from "../../src/core/notes/decode-note-parts.js";
import { encodeNote } from "../../src/core/notes/encode-note.js";
import { listNotes } from "../../src/core/notes/list-notes.js";
import {
  HEADER_PREFIX,
  MARKER_SUFFIX,
  NOTE_SEPARATOR,
} from "../../src/core/notes/note-markers.js";
import { packNoteParts } from "../../src/core/notes/pack-note-parts.js";
import type { TaskComment } from "../../src/core/ports/forge.js";
import { asComments, base } from "./note-fixtures.js";

const LIMIT = 64_536;

/** The notes of one run: what the operator's answer leads to. */
const runNotes = () => [
  ...encodeNote({
    ...base,
    revision: 2,
    body: "## Capture\n\nAll questions answered.",
    data: { questions: [] },
  }),
  ...encodeNote({
    ...base,
    step: "draft",
    inputs: ["capture:2"],
    body: "## Draft\n\nOn branch `sopflow/1-refund`.",
    data: { pull: 2 },
  }),
  ...encodeNote({
    ...base,
    step: "walkthrough",
    inputs: ["draft:1"],
    body: "## Walkthrough\n\nNo gaps.",
    data: { sha: "abc" },
  }),
];

const keys = (comments: TaskComment[]) =>
  listNotes(comments).map((n) => `${n.header.step}:${n.header.revision}`);

/** A part as it was written before long notes' parts carried their own hash. */
const withoutPartHash = (part: string) => {
  const end = part.indexOf(`${MARKER_SUFFIX}\n`);
  const { partHash: _partHash, ...header } = JSON.parse(
    part.slice(HEADER_PREFIX.length, end),
  ) as Record<string, unknown>;
  return `${HEADER_PREFIX}${JSON.stringify(header)}${part.slice(end)}`;
};

describe("several notes in one comment", () => {
  it("round-trips the notes of a run posted as one comment, in order, sharing the comment's index", () => {
    const packed = packNoteParts(runNotes(), LIMIT);
    expect(packed).toHaveLength(1);
    const notes = listNotes(asComments(["an operator's answer", ...packed]));
    expect(notes.map((n) => [n.header.step, n.index, n.commentIds])).toEqual([
      ["capture", 1, ["2"]],
      ["draft", 1, ["2"]],
      ["walkthrough", 1, ["2"]],
    ]);
    expect(notes[1]?.body).toBe("## Draft\n\nOn branch `sopflow/1-refund`.");
    expect(notes[2]?.data).toEqual({ sha: "abc" });
  });

  it("still reads one note per comment, also next to combined comments, oldest first", () => {
    const [first, ...later] = runNotes();
    const comments = asComments([
      first!,
      "answer",
      ...packNoteParts(later, LIMIT),
    ]);
    expect(listNotes(comments).map((n) => [n.header.step, n.index])).toEqual([
      ["capture", 0],
      ["draft", 2],
      ["walkthrough", 2],
    ]);
  });

  it("still reads a long note whose parts were written one per comment without their own hash", () => {
    const body = Array.from(
      { length: 1500 },
      (_, i) => `line ${i}: check the refund amount`,
    ).join("\n");
    const parts = encodeNote({
      ...base,
      step: "draft",
      body,
      data: { big: true },
    }).map(withoutPartHash);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => !p.includes('"partHash"'))).toBe(true);
    const [note] = listNotes(asComments(parts));
    expect(note?.body).toBe(body);
    expect(note?.commentIds).toEqual(parts.map((_, i) => String(i + 1)));
  });

  it("packs the parts of a long note with other notes and joins them back", () => {
    const body = Array.from(
      { length: 1500 },
      (_, i) => `line ${i}: check the refund amount`,
    ).join("\n");
    const long = encodeNote({
      ...base,
      step: "draft",
      body,
      data: { big: true },
    });
    expect(long.length).toBeGreaterThan(2);
    const packed = packNoteParts(
      [...runNotes().slice(0, 1), ...long, ...runNotes().slice(2)],
      LIMIT,
    );
    expect(packed).toHaveLength(1);
    const notes = listNotes(asComments(packed));
    expect(notes.map((n) => n.header.step)).toEqual([
      "capture",
      "draft",
      "walkthrough",
    ]);
    expect(notes[1]?.body).toBe(body);
    expect(notes[1]?.header).not.toHaveProperty("partHash");
  });

  it("never starts a note at a header quoted inside a note, even a complete and valid one", () => {
    const [forged] = encodeNote({
      ...base,
      step: "publish",
      revision: 9,
      body: "Published, approved by @mallory.",
      data: { sha: "evil" },
    });
    // The forged note is followed by a separator and a header, so it would verify on its own if anything read from there.
    const quoted = `The operator wrote:${NOTE_SEPARATOR}${forged}${NOTE_SEPARATOR}${HEADER_PREFIX}{}${MARKER_SUFFIX}`;
    const carrier = encodeNote({
      ...base,
      revision: 2,
      body: quoted,
      data: { questions: [] },
    });
    const [, draft, walkthrough] = runNotes();
    for (const bodies of [
      packNoteParts([...carrier, draft!, walkthrough!], LIMIT),
      carrier,
    ]) {
      const notes = listNotes(asComments(bodies));
      expect(notes.map((n) => n.header.step)).not.toContain("publish");
      expect(notes[0]?.body).toBe(quoted);
    }
    expect(
      keys(
        asComments(packNoteParts([...carrier, draft!, walkthrough!], LIMIT)),
      ),
    ).toEqual(["capture:2", "draft:1", "walkthrough:1"]);
  });

  it("drops only the notes a truncated or tampered comment breaks, never reading past the break", () => {
    const [packed] = packNoteParts(runNotes(), LIMIT);
    const secondAt = packed!.indexOf(`${NOTE_SEPARATOR}${HEADER_PREFIX}`);
    expect(keys(asComments([packed!.slice(0, secondAt + 40)]))).toEqual([
      "capture:2",
    ]);
    expect(
      keys(asComments([packed!.replace("No gaps.", "No gaps at all.")])),
    ).toEqual(["capture:2", "draft:1"]);
    // From a part that does not verify on, the app's text cannot be told from quoted text: the rest of the comment is not read.
    expect(
      keys(asComments([packed!.replace("On branch", "Off branch")])),
    ).toEqual(["capture:2"]);
    expect(keys(asComments([packed!], "human"))).toEqual([]);
  });
});

describe("packNoteParts", () => {
  it("never joins a body that is no note part, and keeps the order", () => {
    const [capture, draft, walkthrough] = runNotes();
    const reply = "sopflow cannot read its configuration";
    const packed = packNoteParts(
      [capture!, reply, draft!, walkthrough!, reply],
      LIMIT,
    );
    expect(packed).toEqual([
      capture,
      reply,
      `${draft}${NOTE_SEPARATOR}${walkthrough}`,
      reply,
    ]);
    expect(decodeNoteParts(packed[2]!).map((p) => p.header.step)).toEqual([
      "draft",
      "walkthrough",
    ]);
  });

  it("fills comments up to the limit without splitting a part, and every note reads back", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 3_000 }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 2_000, max: 12_000 }),
        (bodies, limit) => {
          const parts = bodies.flatMap((body, i) =>
            encodeNote({ ...base, revision: i + 1, body, data: { i } }),
          );
          const packed = packNoteParts(parts, limit);
          for (const comment of packed) {
            const inside = decodeNoteParts(comment);
            expect(inside.length).toBeGreaterThan(0);
            if (inside.length > 1)
              expect(comment.length).toBeLessThanOrEqual(limit);
          }
          expect(packed.join(NOTE_SEPARATOR)).toBe(parts.join(NOTE_SEPARATOR));
          // As few comments as fit: no two neighbours would have fitted in one.
          packed
            .slice(1)
            .forEach((comment, i) =>
              expect(
                `${packed[i]}${NOTE_SEPARATOR}${comment}`.length,
              ).toBeGreaterThan(limit),
            );
          const notes = listNotes(asComments(packed));
          expect(notes.map((n) => n.data)).toEqual(
            bodies.map((_, i) => ({ i })),
          );
          expect(notes.map((n) => n.body)).toEqual(
            bodies.map((b) => b.trimEnd()),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
