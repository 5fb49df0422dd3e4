import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readActionEnv } from "../../src/shells/action/read-action-env.js";
import { REPO_ROOT } from "./run-bundle.js";

const action = parse(readFileSync(join(REPO_ROOT, "action.yml"), "utf8")) as {
  inputs: Record<string, unknown>;
};
const base = {
  GITHUB_EVENT_NAME: "issues",
  GITHUB_EVENT_PATH: "/tmp/event.json",
};

describe("readActionEnv", () => {
  it("reads every input action.yml declares, by the runner's INPUT_ names (upper case, hyphens kept)", () => {
    const values: Record<string, string> = {
      token: "ghs_x",
      "bot-login": "docs-bot[bot]",
      "openai-api-key": "sk-x",
      "openai-base-url": "http://127.0.0.1:1/v1",
      "model-provider": "openai",
      model: "gpt-x",
      "config-path": "ops/sopflow.yml",
    };
    expect(Object.keys(action.inputs).sort()).toEqual(
      Object.keys(values).sort(),
    );
    const env = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        `INPUT_${name.toUpperCase()}`,
        ` ${value} `,
      ]),
    );
    const { inputs } = readActionEnv({ ...base, ...env });
    expect(Object.values(inputs).sort()).toEqual(Object.values(values).sort());
  });

  it("treats an empty input as unset, and falls back to the workflow token's account and github.com", () => {
    const env = readActionEnv({
      ...base,
      INPUT_TOKEN: "ghs_x",
      "INPUT_OPENAI-API-KEY": "",
      "INPUT_MODEL-PROVIDER": "",
      "INPUT_BOT-LOGIN": "",
    });
    expect(env.inputs).toMatchObject({
      openaiApiKey: null,
      modelProvider: null,
      botLogin: "github-actions[bot]",
      configPath: null,
    });
    expect(env.github).toEqual({
      eventName: "issues",
      eventPath: "/tmp/event.json",
      runId: "local",
      serverUrl: "https://github.com",
      apiUrl: "https://api.github.com",
    });
    expect(
      readActionEnv({
        ...base,
        INPUT_TOKEN: "ghs_x",
        SOPFLOW_BOT_LOGIN: "docs-bot[bot]",
      }).inputs.botLogin,
    ).toBe("docs-bot[bot]");
  });

  it("takes GitHub Enterprise Server's URLs from the run", () => {
    const env = readActionEnv({
      ...base,
      INPUT_TOKEN: "ghs_x",
      GITHUB_SERVER_URL: "https://ghe.example/",
      GITHUB_API_URL: "https://ghe.example/api/v3/",
    });
    expect(env.github).toMatchObject({
      serverUrl: "https://ghe.example",
      apiUrl: "https://ghe.example/api/v3",
    });
  });

  it("names what is missing or wrong", () => {
    expect(() => readActionEnv({ ...base })).toThrow(
      "Unexpected empty input token (or GITHUB_TOKEN), expected it to be set by the workflow",
    );
    expect(() =>
      readActionEnv({ INPUT_TOKEN: "ghs_x", GITHUB_EVENT_PATH: "/tmp/e.json" }),
    ).toThrow("Unexpected empty GITHUB_EVENT_NAME");
    expect(() =>
      readActionEnv({
        ...base,
        INPUT_TOKEN: "ghs_x",
        "INPUT_MODEL-PROVIDER": "gpt",
      }),
    ).toThrow(
      'Unexpected model-provider "gpt", expected one of auto, offline, openai, github-models',
    );
  });
});
