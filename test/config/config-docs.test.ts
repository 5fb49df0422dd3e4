import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import {
  CONFIG_SCHEMA_PATH,
  CONFIG_SCHEMA_URL,
  renderConfigDoc,
  renderConfigSchemaFile,
  renderConfigTemplate,
  withConfigTable,
} from "../../scripts/config-docs.js";
import { ConfigSchema } from "../../src/core/config/config-schema.js";

const read = (file: string): string =>
  readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");

describe("config documents generated from the zod schema (run npm run docs:config after changing it)", () => {
  it("the committed JSON Schema is current", async () => {
    expect(read(CONFIG_SCHEMA_PATH)).toBe(await renderConfigSchemaFile());
  });

  it("the README's configuration table is current", () => {
    const readme = read("README.md");
    expect(readme).toBe(withConfigTable(readme));
  });

  it("the template and docs/config.md are current", () => {
    expect(read("templates/sopflow.yml")).toBe(renderConfigTemplate());
    expect(read("docs/config.md")).toBe(renderConfigDoc());
  });

  it("the template points editors at the schema", () => {
    expect(read("templates/sopflow.yml").split("\n")[0]).toBe(
      `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    );
  });

  it("the JSON Schema agrees with zod on the defaults and on wrong values", () => {
    const validate = new Ajv({ strict: false }).compile(
      JSON.parse(read(CONFIG_SCHEMA_PATH)) as object,
    );
    const defaults = ConfigSchema.parse({});
    expect(validate(defaults)).toBe(true);
    expect(ConfigSchema.safeParse(defaults).success).toBe(true);
    const wrong = { merge_method: "fast-forward", model: { provdier: "x" } };
    expect(validate(wrong)).toBe(false);
    expect(ConfigSchema.safeParse(wrong).success).toBe(false);
  });
});
