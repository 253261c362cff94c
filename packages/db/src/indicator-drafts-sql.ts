/**
 * The SQL of the indicators' publishing workflow that Prisma's query API cannot express well:
 * a row lock, set-based publication, and bulk inserts of thousands of rows in one statement
 * (Prisma's createMany builds a plan per row: an import of 50,000 rows took seconds and
 * gigabytes that way). Every value is a bound parameter.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "./generated/prisma/client";

type TTx = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;

export type TIndicatorDraftRow = {
  indicatorId: string;
  state: "CLEAN" | "CHANGED" | "SUBMITTED" | "REJECTED";
  metadata: Prisma.JsonValue;
  revision: number;
  metadataVersion: number;
  updatedById: string | null;
  updatedAt: Date;
};

/** Locks (creating if needed) the indicator's workflow row until the transaction ends. */
export async function lockIndicatorDraft(tx: TTx, indicatorId: string) {
  await tx.$executeRaw`INSERT INTO "IndicatorDraft" ("indicatorId", "updatedAt") VALUES (${indicatorId}, now()) ON CONFLICT ("indicatorId") DO NOTHING`;
  const [row] = await tx.$queryRaw<
    TIndicatorDraftRow[]
  >`SELECT "indicatorId", "state"::text AS "state", "metadata", "revision", "metadataVersion", "updatedById", "updatedAt" FROM "IndicatorDraft" WHERE "indicatorId" = ${indicatorId} FOR UPDATE`;
  if (!row) throw new Error(`IndicatorDraft row missing for ${indicatorId}`);
  return row;
}

/** Applies an indicator's observation drafts to its published observations: two statements. */
export async function publishObservationDrafts(tx: TTx, indicatorId: string): Promise<void> {
  await tx.$executeRaw`DELETE FROM "Observation" AS o USING "ObservationDraft" AS d WHERE d."indicatorId" = ${indicatorId} AND d."deleted" AND o."indicatorId" = d."indicatorId" AND o."period" = d."period" AND o."geography" = d."geography"`;
  await tx.$executeRaw`INSERT INTO "Observation" ("id", "indicatorId", "period", "geography", "value", "provisional", "note", "createdById", "createdAt", "updatedAt")
    SELECT d."id", d."indicatorId", d."period", d."geography", d."value", d."provisional", d."note", d."updatedById", now(), now()
    FROM "ObservationDraft" AS d WHERE d."indicatorId" = ${indicatorId} AND NOT d."deleted" AND d."value" IS NOT NULL
    ON CONFLICT ("indicatorId", "period", "geography") DO UPDATE
    SET "value" = EXCLUDED."value", "provisional" = EXCLUDED."provisional", "note" = EXCLUDED."note", "createdById" = EXCLUDED."createdById", "updatedAt" = now()
    WHERE ("Observation"."value", "Observation"."provisional", "Observation"."note") IS DISTINCT FROM (EXCLUDED."value", EXCLUDED."provisional", EXCLUDED."note")`;
}

export type TNewObservationDraft = {
  indicatorId: string;
  period: string;
  geography: string;
  /** Decimal as text, so no precision is lost on the way. */
  value: string;
  provisional: boolean;
  note: string | null;
  version: number;
  updatedById: string;
};

/** Inserts drafts in one statement; returns their ids in input order. */
export async function insertObservationDrafts(
  tx: TTx,
  rows: readonly TNewObservationDraft[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const withIds = rows.map((r) => ({ id: randomUUID(), ...r }));
  await tx.$executeRaw`INSERT INTO "ObservationDraft" ("id", "indicatorId", "period", "geography", "value", "provisional", "note", "deleted", "version", "updatedById", "updatedAt")
    SELECT r."id", r."indicatorId", r."period", r."geography", r."value"::numeric, r."provisional", r."note", false, r."version", r."updatedById", now()
    FROM jsonb_to_recordset(${JSON.stringify(withIds)}::jsonb) AS r("id" text, "indicatorId" text, "period" text, "geography" text, "value" text, "provisional" boolean, "note" text, "version" int, "updatedById" text)`;
  return withIds.map((r) => r.id);
}

export type TNewAuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  indicatorId: string | null;
  details: Prisma.InputJsonValue;
};

/** Inserts audit entries in one statement (same transaction as the change they record). */
export async function insertAuditEntries(tx: TTx, rows: readonly TNewAuditEntry[]): Promise<void> {
  if (rows.length === 0) return;
  const withIds = rows.map((r) => ({ id: randomUUID(), ...r }));
  await tx.$executeRaw`INSERT INTO "AuditEntry" ("id", "actorId", "action", "entityType", "entityId", "indicatorId", "details", "createdAt")
    SELECT r."id", r."actorId", r."action", r."entityType", r."entityId", r."indicatorId", r."details", now()
    FROM jsonb_to_recordset(${JSON.stringify(withIds)}::jsonb) AS r("id" text, "actorId" text, "action" text, "entityType" text, "entityId" text, "indicatorId" text, "details" jsonb)`;
}
