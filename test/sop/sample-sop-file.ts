import type { SopFile } from "../../src/core/sop/sop-schema.js";

/** A small but complete SOP file, with a gap, for tests that need one concrete example. */
export function sampleSopFile(): SopFile {
  return {
    frontMatter: {
      id: "refund-a-customer",
      title: "Refund a customer",
      version: "1.0",
      status: "draft",
      owner: "mona",
      trigger: "A customer asks for a refund",
      source_issue: "acme/ops#12",
      last_validated: "2026-11-26",
      review_due: "2027-05-25",
      approval: null,
    },
    content: {
      title: "Refund a customer",
      purpose: "Return the money quickly.",
      scope: "Card payments only.",
      trigger: "A customer asks for a refund.",
      roles: ["Support agent"],
      prerequisites: ["Stripe dashboard (access: support role)"],
      steps: [
        {
          action: "Open the charge in the Stripe dashboard.",
          substeps: ["Search by order number."],
        },
        { action: "Click Refund.", substeps: [] },
      ],
      edgeCases: [
        {
          case: "The charge is disputed",
          action: "Do not refund; tell finance.",
        },
      ],
      definitionOfDone: ["The charge shows Refunded."],
      gaps: [{ questionId: 3, text: "Who approves refunds over 500 EUR?" }],
    },
    revisions: [
      {
        version: "1.0",
        date: "2026-11-26",
        author: "sopflow",
        change: "First draft",
      },
    ],
  };
}
