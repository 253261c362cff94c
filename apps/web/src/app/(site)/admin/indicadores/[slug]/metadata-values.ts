import type { TUnit } from "@lab/domain/indicator";
import {
  METADATA_FIELDS,
  sameMetadataValue,
  type TIndicatorMetadataPatch,
  type TMetadataField,
} from "@lab/domain/indicator-metadata";
import type { TIndicatorView } from "@lab/domain/indicator-view";
import { formatNumberEsCo } from "@lab/domain/number";
import {
  parseMetadataField,
  parseMetadataValues,
  type TMetadataValues,
} from "~/components/ficha-values";

// The ficha editor works on texts, as the official types them (~/components/ficha-values):
// these turn an indicator into those texts and find what the official changed.

/** The form's texts for an indicator (the draft applied). */
export function metadataFormValues(indicator: TIndicatorView): TMetadataValues {
  return {
    name: indicator.name,
    nameEn: indicator.nameEn ?? "",
    description: indicator.description,
    descriptionEn: indicator.descriptionEn ?? "",
    methodology: indicator.methodology,
    sourceName: indicator.sourceName,
    sourceUrl: indicator.sourceUrl ?? "",
    unitLabel: indicator.unitLabel ?? "",
    decimals: String(indicator.decimals),
    direction: indicator.direction,
    capacityType: indicator.capacityType ?? "",
    targetValue: indicator.targetValue === null ? "" : formatNumberEsCo(indicator.targetValue),
    targetDate: indicator.targetDate ? indicator.targetDate.toISOString().slice(0, 10) : "",
  };
}

/** The fields whose value differs from `base` (what was loaded), parsed, or their errors. */
export function metadataChanges(
  values: TMetadataValues,
  base: TMetadataValues,
  unit: TUnit,
): { errors: Partial<Record<TMetadataField, string>>; changes: TIndicatorMetadataPatch } {
  const { errors, parsed } = parseMetadataValues(values, unit);
  const changes: Record<string, unknown> = {};
  for (const field of METADATA_FIELDS) {
    if (errors[field]) continue;
    const before = parseMetadataField(field, base[field], unit);
    if (!before.ok || !sameMetadataValue(before.value, parsed[field])) {
      changes[field] = parsed[field];
    }
  }
  return { errors, changes: changes as TIndicatorMetadataPatch };
}
