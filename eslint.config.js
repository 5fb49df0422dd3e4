import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "lib/", "dist/", "coverage/", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly", setTimeout: "readonly", clearTimeout: "readonly", AbortController: "readonly", fetch: "readonly", Response: "readonly", Request: "readonly", Headers: "readonly", TextEncoder: "readonly", TextDecoder: "readonly", setInterval: "readonly", clearInterval: "readonly", AbortSignal: "readonly", structuredClone: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{
          regex: "^(probot|@octokit/.*|openai|bullmq|ioredis|fs|node:fs.*|fs/promises|child_process|node:child_process|node:net|node:http|node:https)$",
          message: "The core is pure: I/O belongs in an adapter (src/forge, src/model, src/shells).",
        }],
      }],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/shells/cli/**"],
    rules: { "no-console": "error" },
  },
);
