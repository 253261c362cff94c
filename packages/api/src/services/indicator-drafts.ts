import type { Prisma, PrismaClient } from "@lab/db/prisma";
import {
  observationVersion,
  type TDeleteObservationInput,
  type TSaveObservationInput,
  type TUpdateMetadataInput,
} from "@lab/domain/draft";
import { AppError } from "@lab/domain/errors";
import { MUNICIPALITY_CODE } from "@lab/domain/geography";
import { checkValueForUnit } from "@lab/domain/indicator";
import {
  checkMetadataForUnit,
  METADATA_FIELD_LABELS_ES,
  sameMetadataValue,
  type TIndicatorMetadataPatch,
  type TMetadataField,
} from "@lab/domain/indicator-metadata";
import { parsePeriod } from "@lab/domain/period";
import { assertRecordedByHand } from "@lab/domain/workshop-metrics";
import { assertCanEditIndicator, type TActor } from "../authorization";
import {
  effectiveRow,
  lockDraft,
  markEdited,
  namesOf,
  placeEsCo,
  type TRowPair,
  valueEsCo,
  whenEsCo,
} from "./draft-store";
import { pendingMetadata, publishedMetadata } from "./indicator-metadata-store";

// Officials' edits: every change is a draft (ObservationDraft, IndicatorDraft.metadata) until
// an admin publishes it (./indicator-review). Each save carries the version the official saw;
// if someone else changed the row meanwhile, the save is refused with what they changed
// (CONFLICT), never silently overwritten. Change, audit entry and version bump share one
// transaction.

async function editableIndicator(prisma: PrismaClient, actor: TActor, slug: string) {
  await assertCanEditIndicator({ prisma, session: actor }, slug);
  const indicator = await prisma.indicator.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      unit: true,
      periodicity: true,
      geographicBreakdown: true,
      derivedMetric: true,
    },
  });
  if (!indicator) throw new AppError("NOT_FOUND", "El indicador no existe.");
  return indicator;
}

async function rowPair(
  tx: Prisma.TransactionClient,
  indicatorId: string,
  key: { period: string; geography: string },
): Promise<TRowPair> {
  const where = { indicatorId_period_geography: { indicatorId, ...key } };
  const published = await tx.observation.findUnique({ where });
  const draft = await tx.observationDraft.findUnique({ where });
  return { published: published ?? undefined, draft: draft ?? undefined };
}

/** What someone else did to the row, for the conflict message. */
async function rowConflict(
  tx: Prisma.TransactionClient,
  pair: TRowPair,
  key: { period: string; geography: string },
): Promise<AppError> {
  const byId = pair.draft ? pair.draft.updatedById : pair.published?.createdById;
  const at = pair.draft ? pair.draft.updatedAt : pair.published?.updatedAt;
  const who = (await namesOf(tx, [byId])).get(byId ?? "") ?? "Otra persona";
  const now = effectiveRow(pair);
  const what = now
    ? `ahora es ${valueEsCo(now.value, now.provisional)}`
    : pair.draft?.deleted
      ? "lo marcó para eliminar"
      : "ya no existe";
  return new AppError(
    "CONFLICT",
    `Mientras usted editaba, ${who} cambió el valor de ${placeEsCo(key)}${at ? ` ${whenEsCo(at)}` : ""}: ${what}. Su cambio no se guardó; revise el valor actual y vuelva a intentarlo.`,
  );
}

function auditData(
  actorId: string,
  indicator: { id: string; slug: string },
  action: string,
  entityId: string,
  details: Record<string, Prisma.InputJsonValue | null>,
): Prisma.AuditEntryCreateManyInput {
  return {
    actorId,
    action,
    entityType: "Observation",
    entityId,
    indicatorId: indicator.id,
    details: { indicator: indicator.slug, ...details },
  };
}

function snapshot(row: ReturnType<typeof effectiveRow>) {
  return row ? { value: row.value.toString(), provisional: row.provisional, note: row.note } : null;
}

/** Records a new value or corrects one, as a draft. */
export async function saveObservation(
  prisma: PrismaClient,
  actor: TActor,
  input: TSaveObservationInput,
) {
  const indicator = await editableIndicator(prisma, actor, input.indicatorSlug);
  assertRecordedByHand(indicator);
  const period = parsePeriod(indicator.periodicity, input.period);
  const valueProblem = checkValueForUnit(indicator.unit, input.value);
  const fieldErrors: Record<string, string[]> = {};
  if (!period.ok) fieldErrors.period = [period.message];
  if (valueProblem) fieldErrors.value = [valueProblem];
  if (indicator.geographicBreakdown === "MUNICIPALITY" && input.geography !== MUNICIPALITY_CODE) {
    fieldErrors.geography = ["Este indicador solo tiene valores para el total municipal."];
  }
  if (!period.ok || Object.keys(fieldErrors).length > 0) throw AppError.badRequest(fieldErrors);
  const key = { period: period.period, geography: input.geography };

  return prisma.$transaction(async (tx) => {
    const draftState = await lockDraft(tx, indicator.id);
    const pair = await rowPair(tx, indicator.id, key);
    const current = observationVersion(pair.published, pair.draft);
    if (current !== input.version) {
      if (input.version === null && effectiveRow(pair)) {
        const now = effectiveRow(pair);
        throw new AppError(
          "CONFLICT",
          `Ya hay un valor para ${placeEsCo(key)}: ${valueEsCo(now?.value ?? 0, now?.provisional ?? false)}. Corríjalo en la tabla de valores en lugar de registrarlo de nuevo.`,
        );
      }
      throw await rowConflict(tx, pair, key);
    }
    const before = effectiveRow(pair);
    const data = {
      value: input.value,
      provisional: input.provisional,
      note: input.note ?? null,
      deleted: false,
      updatedById: actor.id,
    };
    const saved = await tx.observationDraft.upsert({
      where: { indicatorId_period_geography: { indicatorId: indicator.id, ...key } },
      create: { indicatorId: indicator.id, ...key, ...data },
      update: { ...data, version: { increment: 1 } },
    });
    await tx.auditEntry.create({
      data: auditData(
        actor.id,
        indicator,
        before ? "observation.update" : "observation.create",
        saved.id,
        {
          ...key,
          before: snapshot(before),
          after: snapshot(effectiveRow({ draft: saved })),
          source: "app",
        },
      ),
    });
    await markEdited(tx, draftState, actor.id);
    return {
      ...key,
      value: input.value,
      provisional: saved.provisional,
      note: saved.note,
      version: observationVersion(pair.published, saved) ?? "",
    };
  });
}

/** Marks a value for deletion (or drops a value that was never published). */
export async function deleteObservation(
  prisma: PrismaClient,
  actor: TActor,
  input: TDeleteObservationInput,
) {
  const indicator = await editableIndicator(prisma, actor, input.indicatorSlug);
  assertRecordedByHand(indicator);
  const key = { period: input.period, geography: input.geography };
  return prisma.$transaction(async (tx) => {
    const draftState = await lockDraft(tx, indicator.id);
    const pair = await rowPair(tx, indicator.id, key);
    const before = effectiveRow(pair);
    if (!before) throw new AppError("NOT_FOUND", `No hay un valor para ${placeEsCo(key)}.`);
    if (observationVersion(pair.published, pair.draft) !== input.version) {
      throw await rowConflict(tx, pair, key);
    }
    const where = { indicatorId_period_geography: { indicatorId: indicator.id, ...key } };
    let entityId: string;
    if (pair.published) {
      const saved = await tx.observationDraft.upsert({
        where,
        create: { indicatorId: indicator.id, ...key, deleted: true, updatedById: actor.id },
        update: { deleted: true, value: null, updatedById: actor.id, version: { increment: 1 } },
      });
      entityId = saved.id;
    } else {
      // Never published: nothing to remove from the public site, so the draft just goes.
      const removed = await tx.observationDraft.delete({ where });
      entityId = removed.id;
    }
    await tx.auditEntry.create({
      data: auditData(actor.id, indicator, "observation.delete", entityId, {
        ...key,
        before: snapshot(before),
        after: null,
        source: "app",
      }),
    });
    await markEdited(tx, draftState, actor.id);
    return { ok: true as const };
  });
}

/** Changes the indicator's ficha as a draft: only the fields that differ from what is published. */
export async function updateMetadata(
  prisma: PrismaClient,
  actor: TActor,
  input: TUpdateMetadataInput,
) {
  const indicator = await editableIndicator(prisma, actor, input.indicatorSlug);
  const unitErrors = checkMetadataForUnit(indicator.unit, input.changes);
  if (Object.keys(unitErrors).length > 0) throw AppError.badRequest(unitErrors);

  return prisma.$transaction(async (tx) => {
    const draftState = await lockDraft(tx, indicator.id);
    if (draftState.metadataVersion !== input.metadataVersion) {
      const who =
        (await namesOf(tx, [draftState.updatedById])).get(draftState.updatedById ?? "") ??
        "Otra persona";
      const pending = Object.keys(pendingMetadata(draftState.metadata)) as TMetadataField[];
      const fields = pending.map((f) => METADATA_FIELD_LABELS_ES[f] ?? f).join(", ");
      throw new AppError(
        "CONFLICT",
        `Mientras usted editaba, ${who} cambió la ficha de este indicador ${whenEsCo(draftState.updatedAt)}${fields ? ` (campos con cambios pendientes: ${fields})` : ""}. Sus cambios no se guardaron; recargue la ficha para ver la versión actual y vuelva a aplicarlos.`,
      );
    }
    const published = await publishedMetadata(tx, indicator.id);
    const pending: TIndicatorMetadataPatch = { ...pendingMetadata(draftState.metadata) };
    const changed: { field: TMetadataField; before: unknown; after: unknown }[] = [];
    for (const [field, value] of Object.entries(input.changes) as [TMetadataField, unknown][]) {
      if (value === undefined) continue;
      const before = field in pending ? pending[field] : published[field];
      if (sameMetadataValue(before, value)) continue;
      changed.push({ field, before: before ?? null, after: value ?? null });
      // Back to the published value: no longer a pending change.
      if (sameMetadataValue(published[field], value)) delete pending[field];
      else (pending as Record<string, unknown>)[field] = value;
    }
    if (changed.length === 0) return { changed: 0, metadataVersion: draftState.metadataVersion };
    await tx.auditEntry.create({
      data: {
        actorId: actor.id,
        action: "indicator.metadata.update",
        entityType: "Indicator",
        entityId: indicator.id,
        indicatorId: indicator.id,
        details: {
          indicator: indicator.slug,
          fields: changed.map((c) => c.field),
          changes: changed as Prisma.InputJsonValue,
          source: "app",
        },
      },
    });
    await markEdited(tx, draftState, actor.id, {
      metadata: pending as Prisma.InputJsonValue,
      metadataVersion: { increment: 1 },
    });
    return { changed: changed.length, metadataVersion: draftState.metadataVersion + 1 };
  });
}
