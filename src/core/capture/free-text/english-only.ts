import { RequestError } from "../request-error.js";
import type { RequestText } from "../../ports/model.js";
import { nonEnglishLanguage } from "./request-language.js";

/** The offline drafter's rules are English: a request in another language is refused with what to use instead, never mangled. */
export function assertEnglish(request: RequestText): void {
  const language = nonEnglishLanguage(`${request.title}\n${request.body}`);
  if (language === null) return;
  throw new RequestError(
    "not-english",
    `The request seems to be written in ${language}. The offline drafter reads English only and would mangle it (asking again for facts it was given, splitting steps in the wrong places). Use a model, which reads any language: set \`model:\` in .github/sopflow.yml (README: Models), or for a local run pass \`--provider openai --model <name>\` (or \`--provider github-models\`). Or write the request in English.`,
  );
}
