import js from "@eslint/js";
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";
import prettier from "eslint-config-prettier";
import globals from "./scripts/eslint-globals.js";

const pureCore = {
  regex:
    "^(probot|@octokit/.*|openai|bullmq|ioredis|fs|node:fs.*|fs/promises|" +
    "child_process|node:child_process|node:net|node:http|node:https)$",
  message:
    "The core is pure: I/O belongs in an adapter " +
    "(src/forge, src/model, src/shells).",
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "lib/",
      "dist/",
      "coverage/",
      "**/*.d.ts",
      "bench/corpus/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    languageOptions: { globals },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: true },
    },
    rules: {
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [pureCore] }] },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/shells/cli/**"],
    rules: { "no-console": "error" },
  },
  prettier,
);
