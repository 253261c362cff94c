import {
  CAPACITY_TYPE_LABELS_ES,
  CAPACITY_TYPES,
  DIRECTION_LABELS_ES,
  DIRECTIONS,
} from "@lab/domain/indicator";
import { METADATA_FIELD_LABELS_ES, type TMetadataField } from "@lab/domain/indicator-metadata";
import type { TMetadataValues } from "./ficha-values";
import { Field, type TControlProps } from "./form-feedback";

// The ficha's fields, grouped, with their labels, hints and messages: rendered alike by the
// ficha editor and the new-indicator form. The forms own the state and the checks.

const HINTS: Partial<Record<TMetadataField, string>> = {
  methodology: "Admite Markdown: **negrita**, listas con guiones y enlaces.",
  sourceUrl: "Dirección completa, por ejemplo https://www.bucaramanga.gov.co/…",
  unitLabel: "Se muestra junto al número, por ejemplo «proyectos».",
  decimals: "Entre 0 y 6.",
  targetValue: "Déjela vacía si el indicador no tiene meta. Use coma para los decimales.",
  targetDate: "Fecha en que debe alcanzarse la meta.",
};

export type TFichaGroup = {
  id: "naming" | "source" | "presentation" | "target";
  legend: string;
  fields: TMetadataField[];
};

export const FICHA_GROUPS: readonly TFichaGroup[] = [
  {
    id: "naming",
    legend: "Nombre y descripción",
    fields: ["name", "nameEn", "description", "descriptionEn"],
  },
  { id: "source", legend: "Fuente y método", fields: ["sourceName", "sourceUrl", "methodology"] },
  {
    id: "presentation",
    legend: "Presentación",
    fields: ["unitLabel", "decimals", "direction", "capacityType"],
  },
  { id: "target", legend: "Meta", fields: ["targetValue", "targetDate"] },
];

const TEXTAREAS: Partial<Record<TMetadataField, number>> = {
  description: 3,
  descriptionEn: 3,
  methodology: 8,
};

export type TFichaFieldsProps = {
  values: TMetadataValues;
  errors: Partial<Record<TMetadataField, string>>;
  /** Fields with a change that is not published yet (the editor marks them). */
  pendingFields?: readonly string[];
  onChange: (field: TMetadataField, text: string) => void;
  onBlur: (field: TMetadataField) => void;
};

/** The given groups of the ficha (all by default), one fieldset each. */
export function FichaFieldsets({
  groups = FICHA_GROUPS,
  ...props
}: TFichaFieldsProps & { groups?: readonly TFichaGroup[] }) {
  return groups.map((group) => (
    <fieldset key={group.id} className="form-group">
      <legend>{group.legend}</legend>
      {group.fields.map((name) => (
        <FichaField key={name} name={name} {...props} />
      ))}
    </fieldset>
  ));
}

function FichaField({
  name,
  values,
  errors,
  pendingFields,
  onChange,
  onBlur,
}: TFichaFieldsProps & { name: TMetadataField }) {
  const control = (props: TControlProps) => {
    const common = {
      ...props,
      name,
      value: values[name],
      onBlur: () => onBlur(name),
    };
    if (name === "direction" || name === "capacityType") {
      const options =
        name === "direction"
          ? DIRECTIONS.map((d) => [d, DIRECTION_LABELS_ES[d]] as const)
          : [
              ["", "Ninguno"] as const,
              ...CAPACITY_TYPES.map((c) => [c, CAPACITY_TYPE_LABELS_ES[c]] as const),
            ];
      return (
        <select {...common} onChange={(e) => onChange(name, e.currentTarget.value)}>
          {options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      );
    }
    if (TEXTAREAS[name]) {
      return (
        <textarea
          {...common}
          rows={TEXTAREAS[name]}
          onChange={(e) => onChange(name, e.currentTarget.value)}
        />
      );
    }
    return (
      <input
        {...common}
        type={name === "targetDate" ? "date" : name === "sourceUrl" ? "url" : "text"}
        inputMode={name === "decimals" ? "numeric" : name === "targetValue" ? "decimal" : undefined}
        autoComplete="off"
        onChange={(e) => onChange(name, e.currentTarget.value)}
      />
    );
  };
  return (
    <Field
      id={`ficha-${name}`}
      label={METADATA_FIELD_LABELS_ES[name]}
      note={
        pendingFields?.includes(name) ? (
          <span className="badge badge--state badge--changed">Cambio sin publicar</span>
        ) : null
      }
      hint={HINTS[name]}
      error={errors[name]}
    >
      {control}
    </Field>
  );
}
