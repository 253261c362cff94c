import type { Prisma, PrismaClient } from "@lab/db/prisma";
import {
  AUDIT_SOURCE_LABELS_ES,
  auditActionLabel,
  type TAuditEntryView,
  type TAuditFilter,
  type TAuditPage,
  ZAuditFilter,
} from "@lab/domain/audit";
import { DATASET_FIELD_LABELS_ES, type TDatasetField } from "@lab/domain/dataset-workspace";
import { AppError } from "@lab/domain/errors";
import { geographyName } from "@lab/domain/geography";
import { METADATA_FIELD_LABELS_ES, type TMetadataField } from "@lab/domain/indicator-metadata";
import { stringify } from "csv-stringify/sync";

// The audit trail, read only: entries are written by the services that change data, in the
// same transaction; nothing here (or anywhere in the app) edits or deletes them.

// Colombia has no daylight saving time: a day starts at 05:00 UTC.
const BOGOTA_OFFSET = "-05:00";
const EXPORT_MAX_ROWS = 50_000;

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00${BOGOTA_OFFSET}`);
}

async function whereOf(
  prisma: PrismaClient,
  filter: ReturnType<typeof ZAuditFilter.parse>,
): Promise<Prisma.AuditEntryWhereInput> {
  const where: Prisma.AuditEntryWhereInput[] = [];
  if (filter.indicatorSlug) {
    // By the indexed column, so one indicator's trail stays fast however long the table grows.
    const indicator = await prisma.indicator.findUnique({
      where: { slug: filter.indicatorSlug },
      select: { id: true },
    });
    where.push({ indicatorId: indicator?.id ?? "-" });
  }
  if (filter.actorEmail) {
    where.push({ actor: { email: { contains: filter.actorEmail, mode: "insensitive" } } });
  }
  if (filter.action) where.push({ action: filter.action });
  if (filter.from) where.push({ createdAt: { gte: dayStart(filter.from) } });
  if (filter.to) {
    const end = dayStart(filter.to);
    end.setUTCDate(end.getUTCDate() + 1);
    where.push({ createdAt: { lt: end } });
  }
  return { AND: where };
}

/** A stored before/after: a value string, or the import's { value, provisional, note }. */
function valueText(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "number") return String(raw);
  if (typeof raw === "object" && "value" in raw) {
    const snap = raw as { value: unknown; provisional?: unknown };
    return `${String(snap.value)}${snap.provisional === true ? " (provisional)" : ""}`;
  }
  return JSON.stringify(raw);
}

function text(raw: unknown): string | null {
  return typeof raw === "string" && raw !== "" ? raw : null;
}

/** A ficha edit's before and after, field by field: "Nombre: …; Meta: …". */
function fieldChanges(raw: unknown, side: "before" | "after"): string | null {
  if (!Array.isArray(raw)) return null;
  const parts = raw.flatMap((c: { field?: unknown; before?: unknown; after?: unknown }) => {
    if (typeof c?.field !== "string") return [];
    const label =
      METADATA_FIELD_LABELS_ES[c.field as TMetadataField] ??
      DATASET_FIELD_LABELS_ES[c.field as TDatasetField] ??
      c.field;
    const value = c[side];
    return [
      `${label}: ${value === null || value === undefined || value === "" ? "—" : String(value)}`,
    ];
  });
  return parts.length > 0 ? parts.join("; ") : null;
}

/** What the entry shows as "after" when it is not a value: a reason, a publication's size. */
function workflowText(action: string, details: Record<string, unknown>): string | null {
  if (action === "indicator.reject") return text(details.reason);
  if (action === "indicator.publish" && typeof details.values === "number") {
    const fields = Array.isArray(details.fields) ? details.fields.length : 0;
    return `${details.values} valor(es) y ${fields} campo(s) de la ficha`;
  }
  return null;
}

// What an entry is about when it is not an indicator (each feature keeps its slug under its own
// key), so the trail says which lesson, workshop or dataset changed.
const SUBJECT_KEYS: [key: string, label: string][] = [
  ["lesson", "Lección"],
  ["module", "Módulo de lecciones"],
  ["workshop", "Taller"],
  ["dataset", "Conjunto de datos"],
];

function subjectText(details: Record<string, unknown>): string | null {
  const indicator = text(details.indicator);
  if (indicator) return indicator;
  for (const [key, label] of SUBJECT_KEYS) {
    const slug = text(details[key]);
    if (slug) return `${label}: ${slug}`;
  }
  return null;
}

type TRow = Prisma.AuditEntryGetPayload<{
  include: { actor: { select: { name: true; email: true } } };
}>;

function toView(row: TRow): TAuditEntryView {
  const details = (
    row.details && typeof row.details === "object" && !Array.isArray(row.details) ? row.details : {}
  ) as Record<string, unknown>;
  const geography = text(details.geography);
  return {
    id: row.id,
    at: row.createdAt,
    actorName: row.actor?.name ?? null,
    actorEmail: row.actor?.email ?? null,
    action: row.action,
    actionLabel: auditActionLabel(row.action),
    indicator: subjectText(details),
    period: text(details.period),
    geography: geography ? geographyName(geography) : null,
    before: fieldChanges(details.changes, "before") ?? valueText(details.before),
    after:
      fieldChanges(details.changes, "after") ??
      workflowText(row.action, details) ??
      valueText(details.after),
    source: row.action.startsWith("observation.import.")
      ? "import"
      : (text(details.source) ?? "app"),
  };
}

/** One page of entries, newest first, and the cursor of the next page (null at the end). */
export async function listAudit(prisma: PrismaClient, input: TAuditFilter): Promise<TAuditPage> {
  const filter = ZAuditFilter.parse(input);
  const rows = await prisma.auditEntry.findMany({
    where: await whereOf(prisma, filter),
    include: { actor: { select: { name: true, email: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: filter.limit + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
  });
  const more = rows.length > filter.limit;
  const page = more ? rows.slice(0, filter.limit) : rows;
  return { entries: page.map(toView), nextCursor: more ? (page.at(-1)?.id ?? null) : null };
}

/** Every entry matching the filter (up to EXPORT_MAX_ROWS) as a UTF-8 CSV with a BOM for Excel. */
export async function auditCsv(prisma: PrismaClient, input: TAuditFilter): Promise<string> {
  const rows: TAuditEntryView[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAudit(prisma, { ...input, cursor, limit: 100 });
    rows.push(...page.entries);
    cursor = page.nextCursor ?? undefined;
    if (rows.length >= EXPORT_MAX_ROWS) {
      throw new AppError("BAD_REQUEST", "Hay demasiadas entradas: acote las fechas del filtro.");
    }
  } while (cursor);
  const csv = stringify(
    rows.map((r) => [
      r.at.toISOString(),
      r.actorName ?? "",
      r.actorEmail ?? "",
      r.action,
      r.actionLabel,
      r.indicator ?? "",
      r.period ?? "",
      r.geography ?? "",
      r.before ?? "",
      r.after ?? "",
      r.source ? (AUDIT_SOURCE_LABELS_ES[r.source] ?? r.source) : "",
    ]),
    {
      header: true,
      columns: [
        "fecha",
        "persona",
        "correo",
        "accion",
        "descripcion",
        "indicador",
        "periodo",
        "lugar",
        "antes",
        "despues",
        "origen",
      ],
    },
  );
  return `\uFEFF${csv}`;
}
