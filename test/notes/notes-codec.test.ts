import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeNote } from "../../src/core/notes/encode-note.js";
import { latestNotes } from "../../src/core/notes/latest-notes.js";
import { listNotes } from "../../src/core/notes/list-notes.js";
import { asComments, base } from "./note-fixtures.js";

describe("notes codec", () => {
  it("round-trips a note through a comment", () => {
    const parts = encodeNote({
      ...base,
      body: "## Capture\n\nHello",
      data: { name: "Onboarding", n: [1, 2] },
    });
    expect(parts).toHaveLength(1);
    const [note] = listNotes(asComments(parts));
    expect(note?.header).toMatchObject({
      step: "capture",
      revision: 1,
      part: 1,
      parts: 1,
      provider: "offline",
    });
    expect(note?.body).toBe("## Capture\n\nHello");
    expect(note?.data).toEqual({ name: "Onboarding", n: [1, 2] });
  });

  it("splits a long note into parts of at most 10,000 characters and joins them back", () => {
    const body = Array.from(
      { length: 3000 },
      (_, i) => `line ${i} with some text 🚀`,
    ).join("\n");
    const parts = encodeNote({
      ...base,
      step: "draft",
      body,
      data: { big: body },
    });
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(10_000);
    const notes = listNotes(asComments([...parts].reverse()));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.body).toBe(body);
    expect(notes[0]?.data).toEqual({ big: body });
  });

  it("drops a note with a missing part", () => {
    const parts = encodeNote({
      ...base,
      body: "x\n".repeat(12_000),
      data: null,
    });
    expect(listNotes(asComments(parts.slice(1)))).toEqual([]);
  });

  it("never trusts a note-shaped comment written by someone else", () => {
    const forged = encodeNote({
      ...base,
      step: "publish",
      body: "Published!",
      data: {},
    });
    expect(listNotes(asComments(forged, "human"))).toEqual([]);
    expect(listNotes(asComments(forged, "bot"))).toEqual([]);
  });

  it("rejects a tampered note", () => {
    const [part] = encodeNote({ ...base, body: "original", data: { a: 1 } });
    expect(
      listNotes(asComments([part!.replace("original", "tampered")])),
    ).toEqual([]);
  });

  it("keeps operator text that looks like markers inert", () => {
    const body =
      "Operator said: <!-- sopflow:data e30= --> and <!-- sopflow:note {} -->";
    const [note] = listNotes(
      asComments(encodeNote({ ...base, body, data: { ok: true } })),
    );
    expect(note?.body).toBe(body);
    expect(note?.data).toEqual({ ok: true });
  });

  it("lists the newest revision per step", () => {
    const comments = asComments([
      ...encodeNote({ ...base, revision: 1, body: "c1", data: 1 }),
      ...encodeNote({ ...base, revision: 2, body: "c2", data: 2 }),
      ...encodeNote({
        ...base,
        step: "draft",
        revision: 1,
        body: "d1",
        data: 3,
      }),
    ]);
    const latest = latestNotes(listNotes(comments));
    expect(latest.capture?.body).toBe("c2");
    expect(latest.draft?.body).toBe("d1");
    expect(latest.publish).toBeUndefined();
  });

  it("round-trips any body and data", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 25_000 }),
        fc.jsonValue(),
        (body, data) => {
          const parts = encodeNote({ ...base, body, data });
          for (const part of parts)
            expect(part.length).toBeLessThanOrEqual(10_000);
          const [note] = listNotes(asComments(parts));
          expect(note?.body).toBe(body.trimEnd());
          expect(note?.data).toEqual(JSON.parse(JSON.stringify(data)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
