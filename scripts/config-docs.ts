import { format } from "prettier";
import { stringify } from "yaml";
import { z } from "zod";
import { ConfigSchema } from "../src/core/config/config-schema.js";

/** Where editors fetch the schema from: the file below, as published on the v1 tag. */
export const CONFIG_SCHEMA_URL =
  "https://raw.githubusercontent.com/sopflow/sopflow/v1/schema/sopflow.schema.json";
export const CONFIG_SCHEMA_PATH = "schema/sopflow.schema.json";
export const README_TABLE_START = "<!-- config-table:start -->";
export const README_TABLE_END = "<!-- config-table:end -->";

interface JsonSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
}

/** One key of the file, nested keys written with dots. */
interface ConfigKey {
  key: string;
  depth: number;
  schema: JsonSchema;
  children: ConfigKey[];
}

/** The JSON Schema of `.github/sopflow.yml`: the input side (every key optional), draft-07 for the widest editor support. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, {
    target: "draft-7",
    io: "input",
  });
  return { ...schema, $id: CONFIG_SCHEMA_URL };
}

/** The committed schema file, formatted as `npm run lint` wants it. */
export async function renderConfigSchemaFile(): Promise<string> {
  return format(JSON.stringify(configJsonSchema()), { parser: "json" });
}

function keysOf(schema: JsonSchema, prefix = "", depth = 0): ConfigKey[] {
  return Object.entries(schema.properties ?? {}).map(([name, child]) => ({
    key: `${prefix}${name}`,
    depth,
    schema: child,
    children: keysOf(child, `${prefix}${name}.`, depth + 1),
  }));
}

function configKeys(): ConfigKey[] {
  return keysOf(configJsonSchema() as JsonSchema);
}

function leaves(keys: ConfigKey[]): ConfigKey[] {
  return keys.flatMap((key) =>
    key.children.length > 0 ? leaves(key.children) : [key],
  );
}

/** The README's configuration table (between its marker comments). */
export function renderConfigTable(): string {
  return [
    "| key | default | meaning |",
    "| --- | ------- | ------- |",
    ...leaves(configKeys()).map(
      ({ key, schema }) =>
        `| \`${key}\` | \`${JSON.stringify(schema.default)}\` | ${cell(schema.description ?? "")} |`,
    ),
  ].join("\n");
}

/** The README with its configuration table regenerated; throws when the markers are missing. */
export function withConfigTable(readme: string): string {
  const start = readme.indexOf(README_TABLE_START);
  const end = readme.indexOf(README_TABLE_END);
  if (start < 0 || end < start)
    throw new Error(
      `Unexpected README without ${README_TABLE_START} … ${README_TABLE_END}, expected both markers around the configuration table`,
    );
  return `${readme.slice(0, start + README_TABLE_START.length)}\n${renderConfigTable()}\n${readme.slice(end)}`;
}

/** templates/sopflow.yml: every key commented out at its default, under its description. */
export function renderConfigTemplate(): string {
  const lines = [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    "# sopflow configuration. Every key is optional: the values shown are the defaults.",
  ];
  const write = (key: ConfigKey): void => {
    const indent = "  ".repeat(key.depth);
    const name = key.key.split(".").pop() ?? key.key;
    if (key.depth === 0) lines.push("");
    for (const text of wrap(key.schema.description ?? "", 96 - indent.length))
      lines.push(`# ${indent}${key.depth === 0 ? "" : "# "}${text}`);
    if (key.children.length > 0) {
      lines.push(`# ${indent}${name}:`);
      key.children.forEach(write);
    } else {
      lines.push(`# ${indent}${name}: ${yamlValue(key.schema.default)}`);
    }
  };
  configKeys().forEach(write);
  return `${lines.join("\n")}\n`;
}

/** docs/config.md: the reference of every key. */
export function renderConfigDoc(): string {
  const lines = [
    "# Configuration",
    "",
    "<!-- Generated from src/core/config/config-schema.ts by `npm run docs:config`: edit the schema, not this file. -->",
    "",
    "sopflow reads `.github/sopflow.yml` in the docs repository (`sopflow init` writes a commented copy, `templates/sopflow.yml`). Every key is optional; an absent file means every default. An invalid file gets one comment on the task issue naming the file, the key and the problem, and nothing else happens.",
    "",
    `Editors that use the YAML language server (VS Code's YAML extension, among others) complete and check the keys when the file starts with the line \`# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}\`, as the template does. The schema is \`${CONFIG_SCHEMA_PATH}\` in this repository.`,
    "",
    renderConfigTable(),
    "",
    ...leaves(configKeys()).flatMap(({ key, schema }) => [
      `## ${key}`,
      "",
      schema.description ?? "",
      "",
      `- Type: ${typeText(schema)}`,
      `- Default: \`${JSON.stringify(schema.default)}\``,
      "",
    ]),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

function typeText(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeText).join(" or ");
  if (schema.enum)
    return `one of ${schema.enum.map((v) => `\`${String(v)}\``).join(", ")}`;
  const types = [schema.type ?? "any"].flat();
  const base = types
    .map((type) =>
      type === "array" && schema.items
        ? `list of ${typeText(schema.items)}s`
        : type,
    )
    .join(" or ");
  const bounds = [
    schema.minimum === undefined ? "" : `at least ${schema.minimum}`,
    schema.exclusiveMinimum === undefined
      ? ""
      : `more than ${schema.exclusiveMinimum}`,
    schema.maximum === undefined ? "" : `at most ${schema.maximum}`,
  ].filter(Boolean);
  return bounds.length ? `${base}, ${bounds.join(", ")}` : base;
}

function yamlValue(value: unknown): string {
  return stringify(value, { flow: true }).trimEnd();
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    // A line starting "word:" would read as a commented-out key: such a word stays on the line before.
    const looksLikeKey = /^[a-z_]+:$/.test(word);
    if (line !== "" && line.length + 1 + word.length > width && !looksLikeKey) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}
