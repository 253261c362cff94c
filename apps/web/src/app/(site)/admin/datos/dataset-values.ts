import { DEFAULT_DATASET_LICENSE, DEFAULT_ENTITY, ZDatasetMetadata } from "@lab/domain/dataset";
import {
  DATASET_FIELDS,
  type TDatasetField,
  type TDatasetMetadataView,
} from "@lab/domain/dataset-workspace";

// The dataset's metadata as texts, the way a publisher types them, checked one field at a time
// with the domain's schema (ZDatasetMetadata), and the whole once more on save for the rules
// that join two fields (the coverage's end after its start). Shared by the new-dataset form and
// the metadata editor.

export type TDatasetValues = Record<TDatasetField, string>;

/** Lists typed as text: keywords separated by commas; indicators as the checkboxes' slugs. */
const LIST_FIELDS: readonly TDatasetField[] = ["keywords", "relatedIndicators"];

export const splitList = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export const BLANK_DATASET_VALUES: TDatasetValues = {
  title: "",
  description: "",
  theme: "",
  keywords: "",
  license: DEFAULT_DATASET_LICENSE,
  contactName: "Oficina TIC",
  contactEmail: "",
  updateFrequency: "",
  temporalStart: "",
  temporalEnd: "",
  spatialCoverage: "Bucaramanga, Santander",
  language: "es",
  documentationUrl: "",
  ...DEFAULT_ENTITY,
  officeSlug: "",
  relatedIndicators: "",
};

/** The stored metadata as the form's texts. */
export function datasetFormValues(metadata: TDatasetMetadataView): TDatasetValues {
  const values = { ...BLANK_DATASET_VALUES };
  for (const field of DATASET_FIELDS) {
    const value = metadata[field];
    values[field] = Array.isArray(value) ? value.join(", ") : (value ?? "");
  }
  return values;
}

export type TParsed = { ok: true; value: unknown } | { ok: false; message: string };

/** One field's text checked by the domain's schema. */
export function parseDatasetField(field: TDatasetField, text: string): TParsed {
  const input = LIST_FIELDS.includes(field) ? splitList(text) : text;
  const result = ZDatasetMetadata.shape[field].safeParse(input);
  if (!result.success) {
    return { ok: false, message: result.error.issues[0]?.message ?? "Revise este campo." };
  }
  return { ok: true, value: result.data };
}

/** Every field checked, then the whole: the metadata to send, or the messages per field. */
export function parseDatasetValues(values: TDatasetValues): {
  errors: Partial<Record<TDatasetField, string>>;
  metadata: Record<string, unknown> | null;
} {
  const errors: Partial<Record<TDatasetField, string>> = {};
  const input: Record<string, unknown> = {};
  for (const field of DATASET_FIELDS) {
    const parsed = parseDatasetField(field, values[field]);
    if (parsed.ok) input[field] = parsed.value;
    else errors[field] = parsed.message;
  }
  if (Object.keys(errors).length > 0) return { errors, metadata: null };
  const whole = ZDatasetMetadata.safeParse(input);
  if (!whole.success) {
    for (const issue of whole.error.issues) {
      const field = issue.path[0] as TDatasetField | undefined;
      if (field && !errors[field]) errors[field] = issue.message;
    }
    return { errors, metadata: null };
  }
  return { errors, metadata: whole.data };
}

/** The server's messages per field (zod paths such as "metadata.title" or "keywords.0"). */
export function serverFieldErrors(
  server: Record<string, string[] | undefined> | undefined,
): Partial<Record<TDatasetField | "slug", string>> {
  const mapped: Partial<Record<TDatasetField | "slug", string>> = {};
  for (const [key, list] of Object.entries(server ?? {})) {
    const field = key.replace(/^metadata\./, "").split(".")[0] as TDatasetField | "slug";
    if ((field === "slug" || DATASET_FIELDS.includes(field)) && list?.length) {
      mapped[field] = list.join(" ");
    }
  }
  return mapped;
}
