import { lockIndicatorDraft, type TIndicatorDraftRow } from "@lab/db/indicator-drafts-sql";
import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { stateAfterEdit } from "@lab/domain/draft";
import { geographyName } from "@lab/domain/geography";
import { formatNumberEsCo } from "@lab/domain/number";
import { pendingMetadata } from "./indicator-metadata-store";

// Where drafts live and how the workspace reads them: the published observations with the
// pending ObservationDraft rows laid over them. Every writer locks the indicator's
// IndicatorDraft row first, so changes to one indicator (saves, imports, publishing) run one
// after the other and each version check sees the last committed state.

export type TDb = PrismaClient | Prisma.TransactionClient;

export type TDraftRow = TIndicatorDraftRow;

/** Locks (creating if needed) the indicator's workflow row, until the transaction ends. */
export const lockDraft = (tx: Prisma.TransactionClient, indicatorId: string) =>
  lockIndicatorDraft(tx, indicatorId);

/**
 * After an edit: a new revision, who edited, and the state — CHANGED (or kept SUBMITTED /
 * REJECTED) while anything is pending; CLEAN again when the edit undid the last pending change
 * (a new value deleted, a field set back), so nothing waits for a review that has nothing in it.
 */
export async function markEdited(
  tx: Prisma.TransactionClient,
  draft: TDraftRow,
  actorId: string,
  extra: Prisma.IndicatorDraftUpdateInput = {},
): Promise<void> {
  const saved = await tx.indicatorDraft.update({
    where: { indicatorId: draft.indicatorId },
    data: {
      state: stateAfterEdit(draft.state),
      revision: { increment: 1 },
      updatedById: actorId,
      ...extra,
    },
    select: { metadata: true },
  });
  const rows = await tx.observationDraft.count({ where: { indicatorId: draft.indicatorId } });
  const fields = Object.keys(pendingMetadata(saved.metadata)).length;
  if (rows === 0 && fields === 0) {
    await tx.indicatorDraft.update({
      where: { indicatorId: draft.indicatorId },
      data: { state: "CLEAN" },
    });
  }
}

export const keyOf = (o: { period: string; geography: string }) => `${o.period}|${o.geography}`;

export type TPublishedRow = {
  id: string;
  period: string;
  geography: string;
  value: Prisma.Decimal;
  provisional: boolean;
  note: string | null;
  updatedAt: Date;
  createdById: string | null;
};
export type TObservationDraftRow = {
  id: string;
  period: string;
  geography: string;
  value: Prisma.Decimal | null;
  provisional: boolean;
  note: string | null;
  deleted: boolean;
  version: number;
  updatedById: string | null;
  updatedAt: Date;
};

export async function publishedRows(db: TDb, indicatorId: string): Promise<TPublishedRow[]> {
  return db.observation.findMany({
    where: { indicatorId },
    select: {
      id: true,
      period: true,
      geography: true,
      value: true,
      provisional: true,
      note: true,
      updatedAt: true,
      createdById: true,
    },
  });
}

export async function draftRows(db: TDb, indicatorId: string): Promise<TObservationDraftRow[]> {
  return db.observationDraft.findMany({
    where: { indicatorId },
    select: {
      id: true,
      period: true,
      geography: true,
      value: true,
      provisional: true,
      note: true,
      deleted: true,
      version: true,
      updatedById: true,
      updatedAt: true,
    },
  });
}

/** One key's published row and draft, as the merge and the version checks need them. */
export type TRowPair = { published?: TPublishedRow; draft?: TObservationDraftRow };

export function pairRows(
  published: TPublishedRow[],
  drafts: TObservationDraftRow[],
): Map<string, TRowPair> {
  const pairs = new Map<string, TRowPair>();
  for (const p of published) pairs.set(keyOf(p), { published: p });
  for (const d of drafts) pairs.set(keyOf(d), { ...pairs.get(keyOf(d)), draft: d });
  return pairs;
}

/** What the row is once the draft applies: null when it does not exist (or is to be deleted). */
export function effectiveRow(pair: TRowPair) {
  const { published, draft } = pair;
  if (draft) {
    if (draft.deleted || draft.value === null) return null;
    return { value: draft.value, provisional: draft.provisional, note: draft.note };
  }
  return published
    ? { value: published.value, provisional: published.provisional, note: published.note }
    : null;
}

/** The effective observations of an indicator (drafts applied), as the import compares them. */
export async function effectiveObservations(db: TDb, indicatorId: string) {
  // One after the other: a transaction is one connection (pg refuses overlapping queries).
  const published = await publishedRows(db, indicatorId);
  const drafts = await draftRows(db, indicatorId);
  const pairs = pairRows(published, drafts);
  const rows: {
    period: string;
    geography: string;
    value: number;
    valueText: string;
    provisional: boolean;
    note: string | null;
  }[] = [];
  for (const [key, pair] of pairs) {
    const row = effectiveRow(pair);
    if (!row) continue;
    const [period = "", geography = ""] = key.split("|");
    rows.push({
      period,
      geography,
      value: row.value.toNumber(),
      valueText: row.value.toString(),
      provisional: row.provisional,
      note: row.note,
    });
  }
  return { rows, pairs };
}

const BOGOTA_TIME = new Intl.DateTimeFormat("es-CO", {
  timeZone: "America/Bogota",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "el 24 de noviembre de 2026, 10:32 a. m." in Bogotá time, for messages. */
export function whenEsCo(at: Date): string {
  return `el ${BOGOTA_TIME.format(at)}`;
}

export function valueEsCo(value: Prisma.Decimal | number, provisional: boolean): string {
  const n = typeof value === "number" ? value : value.toNumber();
  return `${formatNumberEsCo(n)}${provisional ? " (provisional)" : ""}`;
}

export function placeEsCo(o: { period: string; geography: string }): string {
  return `${o.period}, ${geographyName(o.geography)}`;
}

/** Names of users by id, for "who changed it" in messages and lists. */
export async function namesOf(db: TDb, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}
