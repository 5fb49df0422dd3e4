/** One result of a check rule, positioned in the SOP file (1-based). */
export interface Finding {
  ruleId: string;
  severity: "error" | "warning" | "suggestion";
  /** Always "Unexpected X, expected Y". */
  message: string;
  line: number;
  column: number;
}
