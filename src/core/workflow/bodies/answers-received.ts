import type { RootContent } from "mdast";
import type { Answer, Question } from "../../capture/capture-schema.js";
import { quoteText } from "../../capture/quote-text.js";
import { heading, list, strong, text } from "../../markdown/md-builders.js";

/**
 * Each answer next to the question it answered, so a misfiled answer shows
 * at once; then what changed nothing, and why.
 */
export function answersReceived(input: {
  answers: Answer[];
  questions: Question[];
  unused: string[];
}): RootContent[] {
  const { answers, questions, unused } = input;
  const children: RootContent[] = [];
  if (answers.length > 0)
    children.push(
      heading(4, "Answers received"),
      list(
        answers.map((answer) => {
          const question = questions.find((q) => q.id === answer.questionId);
          const asked = question
            ? `${question.id}. ${quoteText(question.text, 100)}`
            : "(no number: kept as a note unless one question was open)";
          return [strong(asked), text(` → "${quoteText(answer.text, 160)}"`)];
        }),
      ),
    );
  if (unused.length > 0)
    children.push(heading(4, "Not used (nothing changed)"), list(unused));
  return children;
}
