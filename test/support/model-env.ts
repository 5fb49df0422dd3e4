const NAMES = ["OPENAI_API_KEY", "OPENAI_BASE_URL"] as const;

/**
 * Points the process at an OpenAI-compatible endpoint the way an operator
 * does (OPENAI_API_KEY + OPENAI_BASE_URL); the returned function puts back
 * whatever was set before, or unsets what was not.
 */
export function setModelEnv(values: {
  apiKey: string;
  baseURL: string;
}): () => void {
  const saved = NAMES.map((name) => [name, process.env[name]] as const);
  process.env.OPENAI_API_KEY = values.apiKey;
  process.env.OPENAI_BASE_URL = values.baseURL;
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
