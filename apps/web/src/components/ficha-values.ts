import type { TUnit } from "@lab/domain/indicator";
import {
  checkMetadataForUnit,
  METADATA_FIELDS,
  type TMetadataField,
  ZIndicatorMetadata,
} from "@lab/domain/indicator-metadata";

// The ficha's fields as texts, the way an official types them, checked one at a time with the
// domain's rules. Shared by the ficha editor and the new-indicator form.

export type TMetadataValues = Record<TMetadataField, string>;

/** A new indicator's ficha before anything is typed (the selects show their first choice). */
export const BLANK_METADATA_VALUES: TMetadataValues = {
  name: "",
  nameEn: "",
  description: "",
  descriptionEn: "",
  methodology: "",
  sourceName: "",
  sourceUrl: "",
  unitLabel: "",
  decimals: "0",
  direction: "HIGHER_IS_BETTER",
  capacityType: "",
  targetValue: "",
  targetDate: "",
};

export type TParsed = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * One field's text checked by the domain schema and, for the target, by the unit's bounds
 * (skipped while no unit is chosen: the unit's own field says so).
 */
export function parseMetadataField(
  field: TMetadataField,
  text: string,
  unit: TUnit | null,
): TParsed {
  // "No type" is the empty option of the select: null for the schema.
  const input = field === "capacityType" && text === "" ? null : text;
  const result = ZIndicatorMetadata.shape[field].safeParse(input);
  if (!result.success) {
    return { ok: false, message: result.error.issues[0]?.message ?? "Revise este campo." };
  }
  if (field === "targetValue" && unit) {
    const problem = checkMetadataForUnit(unit, { targetValue: result.data as number | null })
      .targetValue?.[0];
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, value: result.data };
}

/** Every field parsed, or the messages of those that are not valid. */
export function parseMetadataValues(
  values: TMetadataValues,
  unit: TUnit | null,
): { errors: Partial<Record<TMetadataField, string>>; parsed: Record<string, unknown> } {
  const errors: Partial<Record<TMetadataField, string>> = {};
  const parsed: Record<string, unknown> = {};
  for (const field of METADATA_FIELDS) {
    const result = parseMetadataField(field, values[field], unit);
    if (result.ok) parsed[field] = result.value;
    else errors[field] = result.message;
  }
  return { errors, parsed };
}
