// A rule, not a step: "Never …", "Don't …", "Always wear …", "… at all times", "Site rule: …".
const RULE_START =
  /^(?:never|do not|don't|dont|always|wear|no one|nobody|under no circumstances|site rule|safety|important|warning|caution)\b/i;
const RULE_ANYWHERE =
  /\b(?:at all times|must never|must not|must always|is not allowed|are not allowed|legal!|by law)\b/i;
// "red cloths are for raw meat only": a rule about what a thing may be used for.
const ONLY_FOR = /\b(?:is|are) for \S+(?: \S+){0,3} only\b/i;
const PPE =
  /\b(?:gloves|goggles|safety glasses|lab coat|hi-vis|face shield|visor|apron|mask|respirator|safety boots|ear defenders|hard hat|ppe)\b/i;

/** A safety rule or standing caution, which belongs in Safety and cautions rather than among the steps. */
export function isSafetyRule(text: string): boolean {
  const clean = text.trim();
  return (
    RULE_START.test(clean) || RULE_ANYWHERE.test(clean) || ONLY_FOR.test(clean)
  );
}

/** Whether the text names protective equipment (a step putting it on also guards what follows). */
export function namesPpe(text: string): boolean {
  return PPE.test(text);
}
