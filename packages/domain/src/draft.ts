import { z } from "zod";
import { MUNICIPALITY_CODE, ZGeographyCode } from "./geography";
import { ZIndicatorMetadataPatch } from "./indicator-metadata";
import { ZIndicatorView } from "./indicator-view";
import type { TLocale } from "./locale";
import { ZRecordObservationInput } from "./observation";
import { ZSlug } from "./slug";

// The publishing workflow: officials' changes are drafts until an admin publishes them.
// CLEAN: nothing pending; CHANGED: drafts not yet submitted; SUBMITTED: waiting for review;
// REJECTED: sent back with a reason (still editable, submitted again when fixed).

export const DRAFT_STATES = ["CLEAN", "CHANGED", "SUBMITTED", "REJECTED"] as const;
export type TDraftState = (typeof DRAFT_STATES)[number];
export const ZDraftState = z.enum(DRAFT_STATES);

export const DRAFT_STATE_LABELS_ES: Record<TDraftState, string> = {
  CLEAN: "Publicado",
  CHANGED: "Con cambios sin publicar",
  SUBMITTED: "Enviado a revisión",
  REJECTED: "Devuelto con observaciones",
};
export const DRAFT_STATE_LABELS_EN: Record<TDraftState, string> = {
  CLEAN: "Published",
  CHANGED: "Unpublished changes",
  SUBMITTED: "Submitted for review",
  REJECTED: "Sent back",
};
export const DRAFT_STATE_LABELS: Record<TLocale, Record<TDraftState, string>> = {
  es: DRAFT_STATE_LABELS_ES,
  en: DRAFT_STATE_LABELS_EN,
};

/** The state after an edit: a clean indicator now has changes; a submitted or sent-back one keeps its state. */
export function stateAfterEdit(state: TDraftState): TDraftState {
  return state === "CLEAN" ? "CHANGED" : state;
}

/**
 * The version token of one observation row as an official saw it (optimistic concurrency):
 * the published row's last write and the draft's save counter. null: no such row yet.
 */
export function observationVersion(
  published: { updatedAt: Date } | null | undefined,
  draft: { version: number } | null | undefined,
): string | null {
  if (!published && !draft) return null;
  return `${published ? published.updatedAt.getTime() : 0}.${draft ? draft.version : 0}`;
}

const ZVersion = z.string().max(40).nullable();

/**
 * Saving one value (new or corrected) as a draft. `version` is the row's token as the form
 * loaded it; null means "a new row": if someone created it meanwhile, the save is refused.
 */
export const ZSaveObservationInput = ZRecordObservationInput.extend({
  version: ZVersion.default(null),
});
export type TSaveObservationInput = z.output<typeof ZSaveObservationInput>;

export const ZDeleteObservationInput = z.object({
  indicatorSlug: ZSlug,
  period: z.string().trim().min(1).max(20),
  geography: ZGeographyCode.default(MUNICIPALITY_CODE),
  version: z.string({ error: "Falta la versión del valor que quiere eliminar." }).max(40),
});
export type TDeleteObservationInput = z.output<typeof ZDeleteObservationInput>;

export const ZUpdateMetadataInput = z.object({
  indicatorSlug: ZSlug,
  metadataVersion: z.number().int().min(0),
  changes: ZIndicatorMetadataPatch,
});
export type TUpdateMetadataInput = z.output<typeof ZUpdateMetadataInput>;
export type TUpdateMetadataFormInput = z.input<typeof ZUpdateMetadataInput>;

/** Submit, publish: what the official reviewed, by its revision. */
export const ZReviewInput = z.object({
  indicatorSlug: ZSlug,
  revision: z.number().int().min(0),
});
export type TReviewInput = z.output<typeof ZReviewInput>;

export const REJECTION_REASON_MIN_LENGTH = 10;
export const REJECTION_REASON_MAX_LENGTH = 1000;

export const ZRejectInput = ZReviewInput.extend({
  reason: z
    .string({ error: "Escriba el motivo de la devolución." })
    .trim()
    .min(REJECTION_REASON_MIN_LENGTH, {
      error: `Explique el motivo en al menos ${REJECTION_REASON_MIN_LENGTH} caracteres, para que quien editó sepa qué corregir.`,
    })
    .max(REJECTION_REASON_MAX_LENGTH, {
      error: `El motivo no puede tener más de ${REJECTION_REASON_MAX_LENGTH} caracteres.`,
    }),
});
export type TRejectInput = z.output<typeof ZRejectInput>;

export const ROW_CHANGES = ["none", "new", "changed", "deleted"] as const;
export type TRowChange = (typeof ROW_CHANGES)[number];

/** One row of the workspace grid: the draft if there is one, else the published value. */
export const ZWorkspaceRow = z.object({
  period: z.string(),
  geography: z.string(),
  value: z.number(),
  provisional: z.boolean(),
  note: z.string().nullable(),
  version: z.string(),
  change: z.enum(ROW_CHANGES),
  /** The published value, when the row differs from it (or is new: null). */
  publishedValue: z.number().nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: z.date(),
});
export type TWorkspaceRow = z.infer<typeof ZWorkspaceRow>;

const ZPerson = z.object({ name: z.string(), at: z.date() }).nullable();

/** An indicator as its editors see it: the draft applied, with the workflow around it. */
export const ZIndicatorWorkspace = z.object({
  /** The indicator with the draft applied: what the public will see once published. */
  preview: ZIndicatorView,
  /** Whether the indicator itself has ever been published. */
  everPublished: z.boolean(),
  state: ZDraftState,
  revision: z.number().int(),
  metadataVersion: z.number().int(),
  /** Metadata fields with a pending change. */
  changedFields: z.array(z.string()),
  pendingRows: z.number().int(),
  rows: z.array(ZWorkspaceRow),
  rejectionReason: z.string().nullable(),
  submitted: ZPerson,
  reviewed: ZPerson,
  updated: ZPerson,
});
export type TIndicatorWorkspace = z.infer<typeof ZIndicatorWorkspace>;
