"use client";

import { CAPACITY_TYPE_LABELS_ES, CAPACITY_TYPES, type TCapacityType } from "@lab/domain/indicator";
import { CAPACITY_LEVEL_LABELS, type TCapacityLevel } from "@lab/domain/workshop";
import { ZSaveCapacityMapInput } from "@lab/domain/workshop-admin";
import type { TCapacityProfileView, TInstitutionOption } from "@lab/domain/workshop-admin-views";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { SelectField, TextArea, TextField } from "~/components/form-fields";
import { FormShell } from "~/components/form-shell";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";
import { useTRPC } from "~/trpc/react";
import { CAPACITY_LEVEL_OPTIONS } from "../_components/options";
import { useRevision } from "../_components/revision";
import { useServerSynced } from "../_components/server-synced";

// The actor–capacity map: per institution, a level and a text for each capacity type, and its
// potential role in the lab. "Sugerir desde los aportes" fills the cells staff left empty
// with what the contributions suggest (marked as suggested until edited); nothing is saved
// until "Guardar mapa". Phones first: one group per institution, one per capacity.

configureSpanishErrors();

type TCell = { level: TCapacityLevel; description: string; derived: boolean };
type TProfile = {
  institutionId: string;
  institutionName: string;
  potentialRole: string;
  cells: Record<TCapacityType, TCell>;
};

const EMPTY_CELL: TCell = { level: "NONE", description: "", derived: false };
const isEmpty = (c: TCell) => c.level === "NONE" && c.description.trim() === "";

function profileOf(view: TCapacityProfileView): TProfile {
  const cells = Object.fromEntries(
    CAPACITY_TYPES.map((type) => {
      const offer = view.offers.find((o) => o.capacityType === type);
      return [type, offer ? { ...offer } : { ...EMPTY_CELL }];
    }),
  ) as Record<TCapacityType, TCell>;
  return {
    institutionId: view.institutionId,
    institutionName: view.institutionName,
    potentialRole: view.potentialRole ?? "",
    cells,
  };
}

export function CapacityMapForm({
  workshopId,
  map,
  institutions,
}: {
  workshopId: string;
  map: TCapacityProfileView[];
  institutions: TInstitutionOption[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const profiles = useServerSynced(map.map(profileOf));
  const { revision, saved } = useRevision();
  const save = useSaveState();
  const mutation = useMutation(trpc.workshopAdmin.saveCapacityMap.mutationOptions());
  const [adding, setAdding] = useState("");
  const [note, setNote] = useState("");
  const [suggesting, setSuggesting] = useState(false);
  const inMap = new Set(profiles.value.map((p) => p.institutionId));
  const addable = institutions
    .filter((i) => !inMap.has(i.id))
    .map((i) => ({ value: i.id, label: i.name }));

  const setCell = (index: number, type: TCapacityType, patch: Partial<TCell>) =>
    profiles.edit((list) =>
      list.map((p, i) =>
        i === index
          ? { ...p, cells: { ...p.cells, [type]: { ...p.cells[type], ...patch, derived: false } } }
          : p,
      ),
    );

  async function suggest() {
    setSuggesting(true);
    setNote("");
    try {
      const suggestion = await queryClient.fetchQuery(
        trpc.workshopAdmin.suggestCapacityMap.queryOptions({ workshopId }, { staleTime: 0 }),
      );
      let filled = 0;
      profiles.edit((list) => {
        const next = [...list];
        for (const s of suggestion) {
          const proposed = profileOf(s);
          const at = next.findIndex((p) => p.institutionId === s.institutionId);
          if (at < 0) {
            filled += CAPACITY_TYPES.filter((t) => !isEmpty(proposed.cells[t])).length;
            next.push(proposed);
            continue;
          }
          const current = next[at] as TProfile;
          const cells = { ...current.cells };
          for (const type of CAPACITY_TYPES) {
            if (isEmpty(cells[type]) && !isEmpty(proposed.cells[type])) {
              cells[type] = proposed.cells[type];
              filled += 1;
            }
          }
          next[at] = { ...current, cells };
        }
        return next;
      });
      setNote(
        suggestion.length === 0
          ? "Ningún aporte tiene institución: no hay nada que sugerir."
          : `Sugerencias puestas en las celdas vacías (${filled}). Revíselas y guarde el mapa.`,
      );
    } catch (e) {
      setNote((e as Error).message);
    } finally {
      setSuggesting(false);
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      workshopId,
      revision,
      profiles: profiles.value.map((p) => ({
        institutionId: p.institutionId,
        potentialRole: p.potentialRole,
        offers: CAPACITY_TYPES.map((capacityType) => ({ capacityType, ...p.cells[capacityType] })),
      })),
    };
    if (!save.check(ZSaveCapacityMapInput, input)) {
      focusFirstError();
      return;
    }
    const result = await save.run(
      () => mutation.mutateAsync(input),
      "Mapa de capacidades guardado.",
    );
    if (result) {
      saved(result.revision);
      profiles.saved();
      setNote("");
      router.refresh();
    } else {
      focusFirstError();
    }
  }

  return (
    <FormShell
      formRef={form}
      label="Mapa de capacidades"
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{
        label: "Guardar mapa de capacidades",
        pendingLabel: "Guardando…",
        pending: save.pending,
      }}
    >
      <p className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={suggest}
          disabled={suggesting}
        >
          {suggesting ? "Sugiriendo…" : "Sugerir desde los aportes"}
        </button>
      </p>
      <p role="status" className="hint">
        {note}
      </p>
      {profiles.value.length === 0 ? (
        <p className="muted">El mapa está vacío: añada instituciones o pida una sugerencia.</p>
      ) : null}
      {profiles.value.map((p, index) => (
        <fieldset key={p.institutionId} className="form-group">
          <legend>{p.institutionName}</legend>
          <TextField
            id={`mapa-${index}-rol`}
            label={`Rol potencial de ${p.institutionName} en el laboratorio (opcional)`}
            value={p.potentialRole}
            error={save.errors[`profiles.${index}.potentialRole`]}
            onChange={(v) =>
              profiles.edit((list) =>
                list.map((x, i) => (i === index ? { ...x, potentialRole: v } : x)),
              )
            }
          />
          {CAPACITY_TYPES.map((type) => {
            const cell = p.cells[type];
            const name = `Capacidad ${CAPACITY_TYPE_LABELS_ES[type].toLowerCase()}`;
            return (
              <div key={type} className="form-group">
                <SelectField
                  id={`mapa-${index}-${type}-nivel`}
                  label={`${name}: nivel (${p.institutionName})`}
                  options={CAPACITY_LEVEL_OPTIONS}
                  value={cell.level}
                  hint={cell.derived ? "Sugerido desde los aportes." : undefined}
                  onChange={(v) => setCell(index, type, { level: v as TCapacityLevel })}
                />
                <TextArea
                  id={`mapa-${index}-${type}-texto`}
                  label={`${name}: qué ofrece (${p.institutionName})`}
                  rows={2}
                  value={cell.description}
                  error={
                    save.errors[
                      `profiles.${index}.offers.${CAPACITY_TYPES.indexOf(type)}.description`
                    ]
                  }
                  onChange={(v) => setCell(index, type, { description: v })}
                />
              </div>
            );
          })}
          <p>
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() => profiles.edit((list) => list.filter((_, i) => i !== index))}
            >
              Quitar del mapa<span className="visually-hidden"> a {p.institutionName}</span>
            </button>
          </p>
        </fieldset>
      ))}
      {addable.length > 0 ? (
        <div className="form-group">
          <SelectField
            id="mapa-anadir"
            label="Añadir una institución al mapa"
            emptyLabel="Elija una institución"
            options={addable}
            value={adding}
            onChange={setAdding}
          />
          <button
            type="button"
            className="button button--secondary"
            disabled={!adding}
            onClick={() => {
              const institution = institutions.find((i) => i.id === adding);
              if (!institution) return;
              profiles.edit((list) => [
                ...list,
                profileOf({
                  institutionId: institution.id,
                  institutionName: institution.name,
                  institutionType: institution.type,
                  potentialRole: null,
                  offers: [],
                }),
              ]);
              setAdding("");
            }}
          >
            Añadir al mapa
          </button>
        </div>
      ) : null}
    </FormShell>
  );
}

/** The saved map as a table: institutions by row, capacity types by column. */
export function CapacityMapTable({ map }: { map: TCapacityProfileView[] }) {
  if (map.length === 0) return null;
  return (
    <section
      className="table-wrap"
      aria-labelledby="mapa-guardado"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region keyboards must reach
      tabIndex={0}
    >
      <table className="data-table">
        <caption id="mapa-guardado">
          Mapa guardado: nivel por institución y tipo de capacidad
        </caption>
        <thead>
          <tr>
            <th scope="col">Institución</th>
            {CAPACITY_TYPES.map((t) => (
              <th key={t} scope="col">
                {CAPACITY_TYPE_LABELS_ES[t]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.map((p) => (
            <tr key={p.institutionId}>
              <th scope="row">{p.institutionName}</th>
              {CAPACITY_TYPES.map((t) => {
                const offer = p.offers.find((o) => o.capacityType === t);
                return <td key={t}>{CAPACITY_LEVEL_LABELS.es[offer?.level ?? "NONE"]}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
