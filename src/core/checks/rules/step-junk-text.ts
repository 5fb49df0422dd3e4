import { isForgetRemark } from "../../capture/free-text/forget-marker.js";
import { isJunk } from "../../capture/free-text/junk-text.js";
import { PROCEDURE_VERBS } from "../../capture/free-text/procedure-verbs.js";
import { quoteText } from "../../capture/quote-text.js";
import { findingAt } from "../check-rule.js";
import { stepItems } from "../step-items.js";
import type { DocumentedRule } from "./rule-docs.js";

export const stepJunkText: DocumentedRule = {
  id: "step-junk-text",
  severity: "error",
  description:
    'No step is a greeting, a sign-off, a remark about the request ("can someone turn this into an SOP"), a question ("Done?") or a "Dave always forgets this" aside.',
  rationale:
    'Text pasted from a chat message is not an instruction: "Hi all" or "thanks!!" as step 1 and step 9 tells a new hire nothing and makes them doubt the rest. A "people forget this" remark belongs in a caution before the step.',
  ok: [
    {
      name: "instructions only",
      markdown: `## Steps

1. Check the fridge is between 2 and 8°C.
2. Write the reading in the fridge log.
`,
    },
  ],
  notOk: [
    {
      name: "greeting, sign-off and aside as steps",
      markdown: `## Steps

1. Hi all, can someone turn this into an SOP?
2. Check the fridge is between 2 and 8°C.
3. Dave always forgets this one.
4. Done?
5. thanks!!
`,
      messages: [
        '3:4: Unexpected "Hi all, can someone turn this into an SOP?" in step 1, expected an instruction (greetings, sign-offs and remarks about the request are not steps)',
        '5:4: Unexpected "Dave always forgets this one." in step 3, expected an instruction (a "people forget this" remark is a caution before its step)',
        '6:4: Unexpected "Done?" in step 4, expected an instruction (a question leaves the reader to guess the answer)',
        '7:4: Unexpected "thanks!!" in step 5, expected an instruction (greetings, sign-offs and remarks about the request are not steps)',
      ],
    },
  ],
  check({ parsed }) {
    return stepItems(parsed).flatMap((step) => {
      const text = step.text.trim();
      // An empty step is step-imperative's finding.
      if (text === "") return [];
      const why = isForgetRemark(text)
        ? 'a "people forget this" remark is a caution before its step'
        : isJunk(text) && !opensWithVerb(text)
          ? "greetings, sign-offs and remarks about the request are not steps"
          : text.endsWith("?")
            ? "a question leaves the reader to guess the answer"
            : null;
      if (why === null) return [];
      const message = `Unexpected "${quoteText(text, 80)}" in ${step.label}, expected an instruction (${why})`;
      return [findingAt({ rule: stepJunkText, at: step.at, message })];
    });
  },
};

// "File the delivery note in the SOP binder" names a document, it is not a remark about the request.
function opensWithVerb(text: string): boolean {
  const first = /^\p{L}+/u.exec(text)?.[0].toLowerCase() ?? "";
  return PROCEDURE_VERBS.has(first);
}
