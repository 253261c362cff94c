import { DATASET_LICENSES, DATASET_THEMES, UPDATE_FREQUENCIES } from "@lab/domain/dataset";
import { QUALITY_DESCRIPTION_MIN } from "@lab/domain/dataset-quality";
import { DATASET_FIELD_LABELS_ES, type TDatasetField } from "@lab/domain/dataset-workspace";
import { Field, FieldError, type TControlProps } from "~/components/form-feedback";
import { splitList, type TDatasetValues } from "./dataset-values";

// The dataset's metadata fields, grouped as datos.gov.co's form groups them, with their labels,
// hints and messages beside them: rendered alike by the new-dataset form and the editor. The
// forms own the state and the checks.

type TOption = readonly [value: string, label: string];

const HINTS: Partial<Record<TDatasetField, string>> = {
  description: `Admite Markdown. Cuente qué registra cada fila, de dónde salen los datos, cómo se recogen y sus limitaciones (al menos ${QUALITY_DESCRIPTION_MIN} caracteres para una buena calidad).`,
  keywords: "Sepárelas con comas, por ejemplo: innovación, talleres, comunas.",
  contactEmail:
    "El correo de la dependencia, no el de una persona: el catálogo es público y otros portales lo copian.",
  temporalStart: "Fecha del primer dato.",
  temporalEnd: "Fecha del último dato.",
  documentationUrl: "Opcional. Dirección completa, por ejemplo https://www.bucaramanga.gov.co/…",
  officeSlug: "La dependencia de la Alcaldía que produce los datos.",
};

const TEXTAREAS: Partial<Record<TDatasetField, number>> = { description: 6 };
const DATES: readonly TDatasetField[] = ["temporalStart", "temporalEnd"];

export const DATASET_GROUPS: readonly { id: string; legend: string; fields: TDatasetField[] }[] = [
  { id: "about", legend: "Qué datos son", fields: ["title", "description", "theme", "keywords"] },
  {
    id: "coverage",
    legend: "Actualización y cobertura",
    fields: ["updateFrequency", "temporalStart", "temporalEnd", "spatialCoverage"],
  },
  { id: "use", legend: "Uso", fields: ["license", "language", "documentationUrl"] },
  {
    id: "entity",
    legend: "Contacto y entidad (como en datos.gov.co)",
    fields: [
      "contactName",
      "contactEmail",
      "entityName",
      "entitySector",
      "entityOrder",
      "entityDepartment",
      "entityMunicipality",
      "officeSlug",
    ],
  },
];

export type TDatasetFieldsProps = {
  idPrefix: string;
  values: TDatasetValues;
  errors: Partial<Record<TDatasetField, string>>;
  offices: readonly { slug: string; name: string }[];
  indicators: readonly { slug: string; name: string }[];
  onChange: (field: TDatasetField, text: string) => void;
  onBlur: (field: TDatasetField) => void;
};

function choices(field: TDatasetField, offices: TDatasetFieldsProps["offices"]): TOption[] | null {
  switch (field) {
    case "theme":
      return [
        ["", "Elija un tema"],
        ...Object.entries(DATASET_THEMES).map(([k, t]) => [k, t.es] as const),
      ];
    case "license":
      return Object.entries(DATASET_LICENSES).map(([k, l]) => [k, l.title] as const);
    case "updateFrequency":
      return [
        ["", "Elija una frecuencia"],
        ...Object.entries(UPDATE_FREQUENCIES).map(([k, f]) => [k, f.es] as const),
      ];
    case "language":
      return [
        ["es", "Español"],
        ["en", "Inglés"],
      ];
    case "entityOrder":
      return [
        ["Territorial", "Territorial"],
        ["Nacional", "Nacional"],
      ];
    case "officeSlug":
      return [["", "Ninguna"], ...offices.map((o) => [o.slug, o.name] as const)];
    default:
      return null;
  }
}

function DatasetField({ field, ...props }: TDatasetFieldsProps & { field: TDatasetField }) {
  const { idPrefix, values, errors, offices, onChange, onBlur } = props;
  const control = (aria: TControlProps) => {
    const common = { ...aria, name: field, value: values[field], onBlur: () => onBlur(field) };
    const options = choices(field, offices);
    if (options) {
      return (
        <select {...common} onChange={(e) => onChange(field, e.currentTarget.value)}>
          {options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      );
    }
    if (TEXTAREAS[field]) {
      return (
        <textarea
          {...common}
          rows={TEXTAREAS[field]}
          onChange={(e) => onChange(field, e.currentTarget.value)}
        />
      );
    }
    return (
      <input
        {...common}
        type={
          DATES.includes(field)
            ? "date"
            : field === "contactEmail"
              ? "email"
              : field === "documentationUrl"
                ? "url"
                : "text"
        }
        autoComplete={field === "contactEmail" ? "email" : "off"}
        spellCheck={field === "contactEmail" || field === "documentationUrl" ? false : undefined}
        onChange={(e) => onChange(field, e.currentTarget.value)}
      />
    );
  };
  return (
    <Field
      id={`${idPrefix}-${field}`}
      label={DATASET_FIELD_LABELS_ES[field]}
      hint={HINTS[field]}
      error={errors[field]}
    >
      {control}
    </Field>
  );
}

/** Related indicators as checkboxes: a handful of published indicators, named. */
function RelatedIndicators({
  idPrefix,
  values,
  errors,
  indicators,
  onChange,
}: TDatasetFieldsProps) {
  const chosen = new Set(splitList(values.relatedIndicators));
  const errorId = `${idPrefix}-relatedIndicators-error`;
  const toggle = (slug: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(slug);
    else next.delete(slug);
    onChange("relatedIndicators", [...next].join(", "));
  };
  return (
    <fieldset className="form-group checkbox-group" aria-describedby={errorId}>
      <legend>{DATASET_FIELD_LABELS_ES.relatedIndicators}</legend>
      <p className="hint">Los indicadores que se calculan con estos datos o que los explican.</p>
      {indicators.map((indicator) => (
        <div key={indicator.slug} className="field field--inline">
          <input
            type="checkbox"
            id={`${idPrefix}-indicator-${indicator.slug}`}
            checked={chosen.has(indicator.slug)}
            onChange={(e) => toggle(indicator.slug, e.currentTarget.checked)}
          />
          <label htmlFor={`${idPrefix}-indicator-${indicator.slug}`}>{indicator.name}</label>
        </div>
      ))}
      <FieldError id={errorId} messages={errors.relatedIndicators} />
    </fieldset>
  );
}

export function DatasetFieldsets(props: TDatasetFieldsProps) {
  return (
    <>
      {DATASET_GROUPS.map((group) => (
        <fieldset key={group.id} className="form-group">
          <legend>{group.legend}</legend>
          {group.fields.map((field) => (
            <DatasetField key={field} field={field} {...props} />
          ))}
        </fieldset>
      ))}
      {props.indicators.length > 0 ? <RelatedIndicators {...props} /> : null}
    </>
  );
}
