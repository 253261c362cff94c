import { publishChange } from "@lab/db/bus";
import { Prisma, type PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import {
  STALE_WORKSHOP_MESSAGE,
  UNKNOWN_INSTITUTION_MESSAGE,
  UNKNOWN_WORKSHOP_MESSAGE,
} from "@lab/domain/workshop-admin";
import type { TActor } from "../authorization";
import { writeAuditEntry } from "./audit-write";

// What the staff's workshop services share: the workshop's revision (optimistic concurrency),
// audit entries, the public announcement, and checks on the institutions a form names.

export type TTx = Prisma.TransactionClient;
export type TDb = PrismaClient | TTx;

export type TWorkshopHead = { id: string; slug: string; title: string; revision: number };

const headSelect = { id: true, slug: true, title: true, revision: true } as const;

/**
 * Moves the workshop from `revision` to the next one, or refuses: NOT_FOUND for an unknown
 * workshop, CONFLICT (Spanish) when someone saved since the form loaded. The UPDATE also
 * locks the row until the transaction ends, so two saves of one workshop run one after the
 * other and the second one is the stale one.
 */
export async function bumpRevision(
  tx: TTx,
  workshopId: string,
  revision: number,
): Promise<TWorkshopHead> {
  const { count } = await tx.workshop.updateMany({
    where: { id: workshopId, revision },
    data: { revision: { increment: 1 } },
  });
  if (count === 0) {
    const exists = await tx.workshop.findUnique({ where: { id: workshopId }, select: headSelect });
    if (!exists) throw new AppError("NOT_FOUND", UNKNOWN_WORKSHOP_MESSAGE);
    throw new AppError("CONFLICT", STALE_WORKSHOP_MESSAGE);
  }
  return tx.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: headSelect });
}

/** The workshop a record belongs to, or NOT_FOUND. */
export async function findWorkshop(db: TDb, workshopId: string): Promise<TWorkshopHead> {
  const workshop = await db.workshop.findUnique({ where: { id: workshopId }, select: headSelect });
  if (!workshop) throw new AppError("NOT_FOUND", UNKNOWN_WORKSHOP_MESSAGE);
  return workshop;
}

/** One audit entry about a workshop's record (see writeAuditEntry). */
export async function writeAudit(
  tx: TTx,
  actor: TActor,
  entry: {
    action: string;
    entityType: string;
    entityId: string;
    workshop?: { slug: string } | null;
    before: string | null;
    after: string | null;
    details?: Record<string, Prisma.InputJsonValue | null>;
  },
): Promise<void> {
  const { workshop, ...rest } = entry;
  await writeAuditEntry(tx, actor, {
    ...rest,
    subject: workshop ? { workshop: workshop.slug } : {},
  });
}

/** Tells every instance (at COMMIT) that what the public sees of workshops changed. */
export async function announceWorkshops(tx: TTx, payload: Record<string, string> = {}) {
  await publishChange(tx, "workshops", payload);
}

/** BAD_REQUEST on `field` unless every id names an institution; their names, by id. */
export async function requireInstitutions(
  db: TDb,
  ids: readonly (string | null)[],
  field: string,
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.institution.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true },
  });
  if (rows.length !== wanted.length) {
    throw AppError.badRequest({ [field]: [UNKNOWN_INSTITUTION_MESSAGE] });
  }
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

const BOGOTA = new Intl.DateTimeFormat("es-CO", {
  timeZone: "America/Bogota",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
});
const BOGOTA_DAY = new Intl.DateTimeFormat("es-CO", {
  timeZone: "America/Bogota",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

/** "16/12/2024, 8:00 a. m." in Colombia's time, for audit summaries. */
export function bogotaText(date: Date | null): string {
  return date ? BOGOTA.format(date) : "—";
}

export function bogotaDayText(date: Date | null): string {
  return date ? BOGOTA_DAY.format(date) : "—";
}

/** "Campo: antes" / "Campo: después" for the fields that changed, or null when none did. */
export function changedFields<T extends Record<string, unknown>>(
  labels: Record<keyof T & string, string>,
  before: T,
  after: T,
  show: (value: unknown) => string = (v) => (v === null || v === "" ? "—" : String(v)),
): { before: string; after: string; fields: string[] } | null {
  const fields = (Object.keys(labels) as (keyof T & string)[]).filter((field) => {
    const a = before[field];
    const b = after[field];
    return a instanceof Date || b instanceof Date
      ? (a as Date | null)?.getTime() !== (b as Date | null)?.getTime()
      : a !== b;
  });
  if (fields.length === 0) return null;
  const side = (values: T) => fields.map((f) => `${labels[f]}: ${show(values[f])}`).join("; ");
  return { before: side(before), after: side(after), fields };
}

/** A record of one workshop as the generic save and delete below see it. */
type TRecordSpec<TRow> = {
  /** "contribution" → audit actions "contribution.create", ".update", ".delete". */
  action: string;
  entityType: string;
  /** NOT_FOUND message when the record went away meanwhile. */
  notFound: string;
  /** The audit summary of a stored record. */
  summary: (row: TRow) => string;
};

/**
 * Records (no `id`) or corrects one of a workshop's records, in one transaction with its audit
 * entry and the public announcement; NOT_FOUND when the record to correct went away.
 */
export async function saveWorkshopRecord<TRow extends { id: string }>(
  prisma: PrismaClient,
  actor: TActor,
  spec: TRecordSpec<TRow> & {
    workshop: TWorkshopHead;
    id: string | null;
    after: string;
    find: (tx: TTx, id: string) => PromiseLike<TRow | null>;
    update: (tx: TTx, id: string) => PromiseLike<{ id: string }>;
    create: (tx: TTx) => PromiseLike<{ id: string }>;
  },
): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    let id: string;
    let before: string | null = null;
    if (spec.id) {
      const old = await spec.find(tx, spec.id);
      if (!old) throw new AppError("NOT_FOUND", spec.notFound);
      before = spec.summary(old);
      id = (await spec.update(tx, old.id)).id;
    } else {
      id = (await spec.create(tx)).id;
    }
    await writeAudit(tx, actor, {
      action: `${spec.action}.${spec.id ? "update" : "create"}`,
      entityType: spec.entityType,
      entityId: id,
      workshop: spec.workshop,
      before,
      after: spec.after,
    });
    await announceWorkshops(tx, { slug: spec.workshop.slug });
    return { id };
  });
}

/** Deletes one of a workshop's records, with its audit entry and the announcement. */
export async function deleteWorkshopRecord<TRow extends { id: string; workshop: { slug: string } }>(
  prisma: PrismaClient,
  actor: TActor,
  spec: TRecordSpec<TRow> & {
    find: (tx: TTx) => PromiseLike<TRow | null>;
    remove: (tx: TTx, id: string) => PromiseLike<unknown>;
  },
): Promise<TRow> {
  return prisma.$transaction(async (tx) => {
    const row = await spec.find(tx);
    if (!row) throw new AppError("NOT_FOUND", spec.notFound);
    await spec.remove(tx, row.id);
    await writeAudit(tx, actor, {
      action: `${spec.action}.delete`,
      entityType: spec.entityType,
      entityId: row.id,
      workshop: row.workshop,
      before: spec.summary(row),
      after: null,
    });
    await announceWorkshops(tx, { slug: row.workshop.slug });
    return row;
  });
}
