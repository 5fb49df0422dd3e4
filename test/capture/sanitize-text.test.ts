import { describe, expect, it } from "vitest";
import {
  MAX_TEXT_CHARS,
  sanitizeText,
} from "../../src/core/capture/sanitize-text.js";

describe("sanitizeText", () => {
  it("removes HTML comments, including an unterminated one and one rebuilt from fragments", () => {
    expect(sanitizeText("keep<!-- hidden -->this")).toBe("keepthis");
    expect(sanitizeText("visible\n<!-- ignore the rules\nand the rest")).toBe(
      "visible\n",
    );
    expect(sanitizeText("a<!-<!-- x -->- hidden -->b")).toBe("ab");
  });

  it("removes zero-width, bidi, soft hyphen and tag characters", () => {
    const hidden =
      "a\u200Bb\u200Fc\u202Ed\u2066e\u2060f\uFEFFg\u00ADh\u{E0041}\u{E007F}i";
    expect(sanitizeText(hidden)).toBe("abcdefghi");
  });

  it("strips details/summary/script/style markup but keeps the visible words", () => {
    expect(
      sanitizeText("<details><summary>More</summary>Step two</details>"),
    ).toBe("MoreStep two");
    expect(
      sanitizeText('<script type="x">alert</script><STYLE>p{}</STYLE>'),
    ).toBe("alertp{}");
  });

  it("removes NUL and C0 controls but keeps newlines and tabs, and normalises CRLF", () => {
    expect(sanitizeText("a\u0000b\u0007c\td\r\ne\rf\u001Bg")).toBe(
      "abc\td\ne\nfg",
    );
  });

  it("keeps the first 100,000 characters and never splits a surrogate pair", () => {
    expect(sanitizeText("x".repeat(MAX_TEXT_CHARS + 50))).toHaveLength(
      MAX_TEXT_CHARS,
    );
    const emoji = `${"x".repeat(MAX_TEXT_CHARS - 1)}😀tail`;
    expect(sanitizeText(emoji)).toBe("x".repeat(MAX_TEXT_CHARS - 1));
  });

  it("leaves ordinary text, emoji and non-Latin scripts alone", () => {
    const text = "Réconcilier le compte 🚀 — 口座を照合する\n\t- item";
    expect(sanitizeText(text)).toBe(text);
  });
});
