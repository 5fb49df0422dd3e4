import type { RequestField } from "./form-fields.js";

/** A request cut into the raw text of each field, before any field is interpreted. */
export interface RequestFields {
  fields: Partial<Record<RequestField, string>>;
  /** Text that belongs to no field, kept so nothing the operator wrote is lost. */
  notes: string[];
}
