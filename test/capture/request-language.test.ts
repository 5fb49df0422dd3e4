import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nonEnglishLanguage } from "../../src/core/capture/free-text/request-language.js";

const examples = new URL("../../examples/", import.meta.url);

// Hand-written: a German request of the kind that was mangled (facts asked again, a step split mid-parenthesis).
const GERMAN = `### Name des Prozesses

Wareneingang prüfen

### Schritte

1. Der Lagermitarbeiter prüft den Lieferschein (Menge und Artikelnummer) gegen die Bestellung im ERP.
2. Wenn die Menge nicht stimmt, wird der Einkauf per E-Mail informiert.
3. Die Ware wird auf den Platz im Lager gebucht und eingelagert.
`;

describe("nonEnglishLanguage", () => {
  it("knows a German request", () => {
    expect(nonEnglishLanguage(GERMAN)).toBe("German");
  });

  it("lets every English example through, also with German tool names in it", () => {
    const files = readdirSync(examples).filter((f) => f.endsWith(".md"));
    expect(files.length).toBeGreaterThan(2);
    for (const name of files)
      expect(
        nonEnglishLanguage(readFileSync(new URL(name, examples), "utf8")),
        name,
      ).toBeNull();
    expect(
      nonEnglishLanguage(
        "Open the Lieferschein in SAP and check it against the Bestellung. Then book the goods in the Wareneingang screen and tell the team.",
      ),
    ).toBeNull();
  });

  it("knows text in another script", () => {
    expect(
      nonEnglishLanguage(
        "每周一上午十点交接值班。打开交接页面，复制上周的页面，列出所有未解决的事件以及它们的状态和下一步行动。",
      ),
    ).toBe("a language other than English");
  });

  it("reads a request of GitHub's full size", () => {
    const big = "und der die das ".repeat(4096);
    expect(nonEnglishLanguage(big)).toBe("German");
  });
});
