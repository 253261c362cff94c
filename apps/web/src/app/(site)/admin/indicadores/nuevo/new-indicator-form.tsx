"use client";

import {
  DIMENSION_LABELS_ES,
  DIMENSIONS,
  GEOGRAPHIC_BREAKDOWN_LABELS_ES,
  GEOGRAPHIC_BREAKDOWNS,
  PERIODICITIES,
  PERIODICITY_LABELS_ES,
  UNIT_LABELS_ES,
  UNITS,
  ZUnit,
} from "@lab/domain/indicator";
import {
  METADATA_FIELDS,
  type TCreateIndicatorFormInput,
  type TMetadataField,
  ZCreateIndicatorInput,
} from "@lab/domain/indicator-metadata";
import { slugify } from "@lab/domain/slug";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useRef, useState } from "react";
import { FICHA_GROUPS, FichaFieldsets } from "~/components/ficha-fields";
import {
  BLANK_METADATA_VALUES,
  parseMetadataField,
  type TMetadataValues,
  type TParsed,
} from "~/components/ficha-values";
import { Field, fieldErrorsOf } from "~/components/form-feedback";
import { FormShell, showsInvalid } from "~/components/form-shell";
import { useFocusFirstError, useLiveChecks } from "~/components/live-checks";
import { useTRPC } from "~/trpc/react";

// A new indicator: the ficha's fields (rendered and checked as in the ficha editor) plus the
// structural ones, fixed from then on. Every field is checked with the domain's rules as the
// admin leaves it; the server checks again and answers for what only it knows (a code or an
// address already in use). The address is proposed from the name until the admin types one.

configureSpanishErrors();

const STRUCTURAL_FIELDS = [
  "code",
  "slug",
  "dimension",
  "officeSlug",
  "unit",
  "periodicity",
  "geographicBreakdown",
] as const;
type TStructuralField = (typeof STRUCTURAL_FIELDS)[number];
type TField = TMetadataField | TStructuralField;
type TValues = TMetadataValues & Record<TStructuralField, string>;
const FIELDS: readonly TField[] = [...METADATA_FIELDS, ...STRUCTURAL_FIELDS];

const BLANK: TValues = {
  ...BLANK_METADATA_VALUES,
  code: "",
  slug: "",
  dimension: "",
  officeSlug: "",
  unit: "",
  periodicity: "",
  geographicBreakdown: "",
};

// This page's own address: an indicator there would have no editor to reach.
const RESERVED_SLUGS = ["nuevo"];

const isMetadataField = (field: TField): field is TMetadataField =>
  (METADATA_FIELDS as readonly string[]).includes(field);

/** One field's text checked by the domain's rules; the target also by the chosen unit. */
function parseField(field: TField, text: string, unitText: string): TParsed {
  if (isMetadataField(field)) {
    const unit = ZUnit.safeParse(unitText);
    return parseMetadataField(field, text, unit.success ? unit.data : null);
  }
  const result = ZCreateIndicatorInput.shape[field].safeParse(text);
  if (!result.success) {
    return { ok: false, message: result.error.issues[0]?.message ?? "Revise este campo." };
  }
  if (field === "slug" && RESERVED_SLUGS.includes(result.data as string)) {
    return { ok: false, message: "Esa dirección está reservada: elija otra." };
  }
  return { ok: true, value: result.data };
}

function messageFor(field: TField, text: string, unitText: string) {
  const parsed = parseField(field, text, unitText);
  return parsed.ok ? undefined : parsed.message;
}

type TOption = readonly [value: string, label: string];
const options = <T extends string>(values: readonly T[], labels: Record<T, string>): TOption[] =>
  values.map((v) => [v, labels[v]] as const);

export function NewIndicatorForm({ offices }: { offices: { slug: string; name: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<TValues>(BLANK);
  // The address follows the name until the admin types one of their own.
  const [slugTyped, setSlugTyped] = useState(false);
  const checks = useLiveChecks<TField>();
  const focusFirstError = useFocusFirstError(form);
  const [submitted, setSubmitted] = useState(false);
  // A refusal that names no field of this form (say, two admins creating the same code at once).
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation(trpc.indicators.create.mutationOptions());

  function onChange(field: TField, text: string) {
    const next = { ...values, [field]: text };
    if (field === "slug") setSlugTyped(true);
    if (field === "name" && !slugTyped) next.slug = slugify(text);
    setValues(next);
    checks.edited(field, messageFor(field, text, next.unit));
    if (next.slug !== values.slug && field !== "slug") {
      checks.edited("slug", messageFor("slug", next.slug, next.unit));
    }
    // The target's bounds depend on the unit.
    if (field === "unit") {
      checks.edited("targetValue", messageFor("targetValue", next.targetValue, next.unit));
    }
  }

  function onBlur(field: TField) {
    // An address left empty goes back to the one proposed from the name.
    if (field === "slug" && values.slug.trim() === "") {
      const proposed = slugify(values.name);
      setSlugTyped(false);
      setValues((v) => ({ ...v, slug: proposed }));
      checks.left("slug", messageFor("slug", proposed, values.unit));
      return;
    }
    checks.left(field, messageFor(field, values[field], values.unit));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    mutation.reset();
    const found: Partial<Record<TField, string>> = {};
    const input: Record<string, unknown> = {};
    for (const field of FIELDS) {
      const parsed = parseField(field, values[field], values.unit);
      if (parsed.ok) input[field] = parsed.value;
      else found[field] = parsed.message;
    }
    checks.setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    // Each field was parsed by its own schema above.
    mutation.mutate(input as TCreateIndicatorFormInput, {
      onSuccess: (created) => router.push(`/admin/indicadores/${created.slug}`),
      onError: (error) => {
        const mapped: Partial<Record<TField, string>> = {};
        for (const [key, list] of Object.entries(fieldErrorsOf(error) ?? {})) {
          if ((FIELDS as readonly string[]).includes(key) && list?.length) {
            mapped[key as TField] = list.join(" ");
          }
        }
        if (Object.keys(mapped).length === 0) {
          setProblem(error.message);
          return;
        }
        checks.setErrors(mapped);
        focusFirstError();
      },
    });
  }

  function textField(field: TStructuralField, label: string, hint: ReactNode) {
    return (
      <Field id={`nuevo-${field}`} label={label} hint={hint} error={checks.errors[field]}>
        {(control) => (
          <input
            {...control}
            name={field}
            value={values[field]}
            autoComplete="off"
            autoCapitalize={field === "code" ? "characters" : "none"}
            spellCheck={false}
            onChange={(e) => onChange(field, e.currentTarget.value)}
            onBlur={() => onBlur(field)}
          />
        )}
      </Field>
    );
  }

  function choiceField(
    field: TStructuralField,
    label: string,
    placeholder: string,
    choices: TOption[],
  ) {
    return (
      <Field id={`nuevo-${field}`} label={label} error={checks.errors[field]}>
        {(control) => (
          <select
            {...control}
            name={field}
            value={values[field]}
            onChange={(e) => onChange(field, e.currentTarget.value)}
            onBlur={() => onBlur(field)}
          >
            <option value="">{placeholder}</option>
            {choices.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  }

  const ficha = {
    values,
    errors: checks.errors,
    onChange,
    onBlur,
  };
  return (
    <FormShell
      formRef={form}
      label="Crear un indicador"
      onSubmit={onSubmit}
      outcome={{
        problem,
        invalid: showsInvalid(submitted, checks.errors),
        success: mutation.isSuccess ? "Indicador creado. Abriendo su página de edición…" : "",
      }}
      submit={{
        label: "Crear indicador",
        pendingLabel: "Creando…",
        pending: mutation.isPending,
        disabled: mutation.isSuccess,
      }}
    >
      <FichaFieldsets {...ficha} groups={FICHA_GROUPS.filter((g) => g.id === "naming")} />
      <fieldset className="form-group">
        <legend>Identificación</legend>
        {textField(
          "code",
          "Código",
          "De 2 a 5 letras, un guion y 2 o 3 cifras, por ejemplo INN-04.",
        )}
        {textField(
          "slug",
          "Dirección web (slug)",
          <>
            La página pública será /indicadores/{values.slug || "…"}. Se propone a partir del nombre
            hasta que la cambie.
          </>,
        )}
        {choiceField(
          "dimension",
          "Dimensión",
          "Elija una dimensión",
          options(DIMENSIONS, DIMENSION_LABELS_ES),
        )}
        {choiceField(
          "officeSlug",
          "Dependencia responsable",
          "Elija una dependencia",
          offices.map((o) => [o.slug, o.name] as const),
        )}
      </fieldset>
      <fieldset className="form-group">
        <legend>Medición</legend>
        {choiceField(
          "unit",
          "Unidad de medida",
          "Elija una unidad",
          options(UNITS, UNIT_LABELS_ES),
        )}
        {choiceField(
          "periodicity",
          "Periodicidad",
          "Elija una periodicidad",
          options(PERIODICITIES, PERIODICITY_LABELS_ES),
        )}
        {choiceField(
          "geographicBreakdown",
          "Desagregación geográfica",
          "Elija una desagregación",
          options(GEOGRAPHIC_BREAKDOWNS, GEOGRAPHIC_BREAKDOWN_LABELS_ES),
        )}
      </fieldset>
      <FichaFieldsets {...ficha} groups={FICHA_GROUPS.filter((g) => g.id !== "naming")} />
    </FormShell>
  );
}
