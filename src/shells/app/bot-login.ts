import type { Probot } from "probot";
import { messageOf } from "../../core/message-of.js";

/**
 * The app's own login ("<slug>[bot]"): its comments are the notes. Given,
 * from SOPFLOW_BOT_LOGIN, or asked of GitHub once (GET /app) and kept.
 */
export function botLoginSource(input: {
  app: Probot;
  given?: string;
  env: Record<string, string | undefined>;
}): () => Promise<string> {
  const known = input.given ?? input.env.SOPFLOW_BOT_LOGIN;
  let asked: Promise<string> | null = known ? Promise.resolve(known) : null;
  return () => {
    asked ??= ask(input.app).catch((error: unknown) => {
      asked = null;
      throw error;
    });
    return asked;
  };
}

async function ask(app: Probot): Promise<string> {
  try {
    const octokit = await app.auth();
    const { data } = await octokit.rest.apps.getAuthenticated();
    if (!data?.slug) throw new Error("GitHub returned the app without a slug");
    return `${data.slug}[bot]`;
  } catch (error) {
    const message = messageOf(error);
    throw new Error(
      `Could not learn the app's own login (GET /app): ${message}; set SOPFLOW_BOT_LOGIN to "<app-slug>[bot]"`,
      { cause: error },
    );
  }
}
