import {
  insertAuditEntries,
  insertObservationDrafts,
  type TNewAuditEntry,
} from "@lab/db/indicator-drafts-sql";
import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import type { TGeographicBreakdown, TPeriodicity, TUnit } from "@lab/domain/indicator";
import { formatNumberEsCo } from "@lab/domain/number";
import {
  classifyImportRows,
  IMPORT_COLUMN_LABELS_ES,
  importTemplateColumns,
  summarizeImport,
  TEMPLATE_EXAMPLE_NOTE,
  type TImportCell,
  type TImportField,
  type TImportIndicator,
  type TImportPreview,
  type TImportPreviewRow,
  type TImportResult,
  type TImportSheet,
  type TImportValidation,
  type TStoredObservation,
  validateImportRows,
} from "@lab/domain/observation-import";
import { PERIOD_INPUT_HINTS_ES } from "@lab/domain/period";
import { assertRecordedByHand } from "@lab/domain/workshop-metrics";
import { stringify } from "csv-stringify/sync";
import writeXlsxFile, { type SheetData } from "write-excel-file/node";
import { readSpreadsheet, type TImportFile } from "../import/spreadsheet";
import { effectiveObservations, keyOf, lockDraft, markEdited } from "./draft-store";

// Bulk import of an indicator's observations from CSV or XLSX. previewImport() reads and
// checks the file and says, row by row, what would change; nothing is written until the
// official confirms with applyImport(), which checks everything again and writes all rows in
// one transaction, or nothing. Like every edit, an import writes drafts: the public site
// changes when an admin publishes them (./indicator-review). Who may import into which indicator is the caller's check
// (permissions.ts and the indicator's office), as for saveObservation().

export type { TImportFile } from "../import/spreadsheet";

/** Lists in a preview stop here; the summary still counts them all. */
export const IMPORT_MAX_LISTED_ISSUES = 500;
// Writing thousands of rows on the embedded database takes a while; Prisma's default is 5 s.
const TRANSACTION_TIMEOUT_MS = 120_000;
// Ids per DELETE statement: well under PostgreSQL's limit of bind parameters.
const DELETE_CHUNK = 10_000;

type TDb = PrismaClient | Prisma.TransactionClient;
type TIndicatorRow = TImportIndicator & { id: string; slug: string; name: string };
type TStored = TStoredObservation & { valueText: string };

async function findIndicator(prisma: PrismaClient, slug: string): Promise<TIndicatorRow> {
  const indicator = await prisma.indicator.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      periodicity: true,
      unit: true,
      geographicBreakdown: true,
      derivedMetric: true,
    },
  });
  if (!indicator) throw new AppError("NOT_FOUND", "El indicador no existe.");
  // Derived indicators (computed from the workshops) take no values by hand.
  assertRecordedByHand(indicator);
  return indicator;
}

/** What the indicator holds now for its editors: published values with drafts applied. */
async function storedObservations(db: TDb, indicatorId: string): Promise<TStored[]> {
  return (await effectiveObservations(db, indicatorId)).rows;
}

function preview(
  indicator: TIndicatorRow,
  file: TImportPreview["file"],
  validation: TImportValidation,
  rows: TImportPreviewRow[],
): TImportPreview {
  const { errors, warnings, columns } = validation;
  return {
    indicator: {
      slug: indicator.slug,
      name: indicator.name,
      periodicity: indicator.periodicity,
      unit: indicator.unit,
      geographicBreakdown: indicator.geographicBreakdown,
    },
    file,
    columns,
    rows,
    errors: errors.slice(0, IMPORT_MAX_LISTED_ISSUES),
    warnings: warnings.slice(0, IMPORT_MAX_LISTED_ISSUES),
    summary: summarizeImport(rows, errors.length, warnings.length),
  };
}

/**
 * Reads and checks `file` against the indicator and what it already stores; writes nothing.
 * Throws (AppError) only when the file cannot be read at all: too large, binary, damaged.
 */
export async function previewImport(
  prisma: PrismaClient,
  slug: string,
  file: TImportFile,
  options: { maxBytes?: number } = {},
): Promise<TImportPreview> {
  const indicator = await findIndicator(prisma, slug);
  const spreadsheet = await readSpreadsheet(file, options);
  const validation = validateImportRows(indicator, spreadsheet.sheet);
  const existing = await storedObservations(prisma, indicator.id);
  const rows = classifyImportRows(validation.observations, existing, validation.columns);
  return preview(indicator, spreadsheet.file, validation, rows);
}

// A confirmed preview is checked again like a file: it comes back from the browser.
function sheetOfPreview(confirmed: TImportPreview): TImportSheet {
  const fields: TImportField[] = [
    "period",
    "value",
    ...(["geography", "provisional", "note"] as const).filter((f) => confirmed.columns[f]),
  ];
  const cellsOf = (row: TImportPreviewRow): TImportCell[] => fields.map((field) => row[field]);
  const rows = [...confirmed.rows].sort((a, b) => a.row - b.row);
  return {
    rows: [
      { row: 1, cells: fields.map((field) => IMPORT_COLUMN_LABELS_ES[field]) },
      ...rows.map((row) => ({ row: Math.max(row.row, 2), cells: cellsOf(row) })),
    ],
  };
}

const STALE_PREVIEW_MESSAGE =
  "Los datos del indicador cambiaron desde la vista previa (alguien registró o corrigió valores). Cargue el archivo de nuevo para revisar los cambios antes de confirmar.";

function assertSamePlan(plan: TImportPreviewRow[], confirmed: TImportPreviewRow[]): void {
  const key = (r: TImportPreviewRow) => `${r.period}|${r.geography}`;
  const seen = new Map(confirmed.map((r) => [key(r), r]));
  const same =
    plan.length === confirmed.length &&
    plan.every((r) => {
      const other = seen.get(key(r));
      return other?.status === r.status && other.previous === r.previous;
    });
  if (!same) throw new AppError("CONFLICT", STALE_PREVIEW_MESSAGE);
}

function auditSnapshot(value: string, provisional: boolean, note: string | null) {
  return { value, provisional, note };
}

/**
 * Writes a file (or a preview the official confirmed) into the indicator: every row, in one
 * transaction with one audit entry per new or changed row, announced on the change bus. A
 * single error anywhere refuses the whole file and writes nothing. With a preview, the
 * stored data must still be what the preview showed (CONFLICT otherwise).
 */
export async function applyImport(
  prisma: PrismaClient,
  actorId: string,
  slug: string,
  input: TImportFile | TImportPreview,
  options: { maxBytes?: number } = {},
): Promise<TImportResult> {
  const indicator = await findIndicator(prisma, slug);
  const confirmed = "bytes" in input ? null : input;
  if (confirmed && confirmed.indicator.slug !== slug) {
    throw new AppError("BAD_REQUEST", "La vista previa es de otro indicador.");
  }
  const fileName = confirmed ? confirmed.file.name : (input as TImportFile).name;
  const validation = confirmed
    ? validateImportRows(indicator, sheetOfPreview(confirmed))
    : validateImportRows(indicator, (await readSpreadsheet(input as TImportFile, options)).sheet);
  const errorCount = validation.errors.length + (confirmed?.summary.errors ?? 0);
  if (errorCount > 0) {
    throw new AppError(
      "BAD_REQUEST",
      `El archivo tiene ${errorCount === 1 ? "un error" : `${errorCount} errores`}: corríjalo${errorCount === 1 ? "" : "s"} y cárguelo de nuevo. No se guardó ningún valor.`,
    );
  }

  const plan = (existing: TStored[]) => {
    const rows = classifyImportRows(validation.observations, existing, validation.columns);
    if (confirmed) assertSamePlan(rows, confirmed.rows);
    return rows;
  };
  const unchangedOnly = plan(await storedObservations(prisma, indicator.id)).every(
    (r) => r.status === "unchanged",
  );
  if (unchangedOnly) return { created: 0, updated: 0, unchanged: validation.observations.length };

  return prisma.$transaction(
    async (tx) => {
      // Locks the indicator's drafts first, as single saves do, so imports and saves of one
      // indicator run one after the other and every "before" is accurate.
      const draftState = await lockDraft(tx, indicator.id);
      const { rows: existing, pairs } = await effectiveObservations(tx, indicator.id);
      const rows = plan(existing);
      const before = new Map(existing.map((o) => [keyOf(o), o]));
      const written = rows.filter((r) => r.status === "new" || r.status === "changed");

      // Replaces the drafts of the rows the file changes (bumping their versions, so an open
      // form on one of them gets a conflict instead of overwriting the import).
      const replaced = written.flatMap((r) => pairs.get(keyOf(r))?.draft ?? []);
      for (let i = 0; i < replaced.length; i += DELETE_CHUNK) {
        const ids = replaced.slice(i, i + DELETE_CHUNK).map((d) => d.id);
        await tx.observationDraft.deleteMany({ where: { id: { in: ids } } });
      }
      // One statement each for the drafts and their audit entries: Prisma's createMany costs
      // seconds and gigabytes at this size (bench/REPORT.md, import of 50,000 rows).
      const ids = await insertObservationDrafts(
        tx,
        written.map((r) => ({
          indicatorId: indicator.id,
          period: r.period,
          geography: r.geography,
          value: String(r.value),
          provisional: r.provisional,
          note: r.note,
          version: (pairs.get(keyOf(r))?.draft?.version ?? 0) + 1,
          updatedById: actorId,
        })),
      );
      await insertAuditEntries(
        tx,
        written.map((row, i): TNewAuditEntry => {
          const previous = before.get(keyOf(row));
          return {
            actorId,
            action: previous ? "observation.import.update" : "observation.import.create",
            entityType: "Observation",
            entityId: ids[i] ?? "",
            indicatorId: indicator.id,
            details: {
              indicator: slug,
              period: row.period,
              geography: row.geography,
              before: previous
                ? auditSnapshot(previous.valueText, previous.provisional, previous.note)
                : null,
              after: auditSnapshot(String(row.value), row.provisional, row.note),
              source: "import",
              file: fileName,
              row: row.row,
            },
          };
        }),
      );
      await markEdited(tx, draftState, actorId);
      const created = rows.filter((r) => r.status === "new").length;
      return {
        created,
        updated: written.length - created,
        unchanged: rows.length - written.length,
      };
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

// ---------------------------------------------------------------------------------------------
// Templates.

export type TImportTemplateIndicator = {
  slug: string;
  periodicity: TPeriodicity;
  unit: TUnit;
  geographicBreakdown: TGeographicBreakdown;
};

export type TImportTemplate = { fileName: string; contentType: string; bytes: Uint8Array };

const EXAMPLE_VALUES: Record<TUnit, number> = {
  PERCENTAGE: 45.3,
  INDEX_0_100: 72.5,
  COUNT: 1250,
  CURRENCY_COP: 1500000,
  RATIO: 1.5,
  OTHER: 10,
};
const EXAMPLE_GEOGRAPHY = "Comuna 1";

const INSTRUCTIONS = (indicator: TImportTemplateIndicator): string[] => {
  const hint = PERIOD_INPUT_HINTS_ES[indicator.periodicity];
  return [
    "Cómo llenar esta plantilla",
    `periodo: ${hint.format} (por ejemplo ${hint.example}) o una fecha dd/mm/aaaa dentro del periodo.`,
    "valor: solo el número, con coma o punto decimal (1.234,5 o 1234.5).",
    ...(indicator.geographicBreakdown === "COMUNAS"
      ? [
          `comuna: número o nombre de la comuna (${EXAMPLE_GEOGRAPHY}, 5, García Rovira), Corregimiento 1 a 3, o vacío para el total municipal.`,
        ]
      : []),
    "provisional: sí o no (vacío es no).",
    "nota: opcional, hasta 500 caracteres.",
    "Borre la fila de ejemplo antes de cargar el archivo; la carga la rechaza si la encuentra.",
  ];
};

function exampleRow(indicator: TImportTemplateIndicator): Record<TImportField, string | number> {
  return {
    period: PERIOD_INPUT_HINTS_ES[indicator.periodicity].example,
    value: EXAMPLE_VALUES[indicator.unit],
    geography: EXAMPLE_GEOGRAPHY,
    provisional: "no",
    note: TEMPLATE_EXAMPLE_NOTE,
  };
}

/**
 * A file to fill in: Spanish headers, one example row with the indicator's period format
 * and, for indicators broken down by comuna, the comuna column. The CSV is what Excel in
 * Colombia opens as is: UTF-8 with BOM (for the accents), ";" and decimal commas.
 */
export async function importTemplate(
  indicator: TImportTemplateIndicator,
  format: "csv" | "xlsx",
): Promise<TImportTemplate> {
  const fields = importTemplateColumns(indicator.geographicBreakdown);
  const headers = fields.map((field) => IMPORT_COLUMN_LABELS_ES[field]);
  const example = exampleRow(indicator);
  const fileName = `plantilla-${indicator.slug}.${format}`;

  if (format === "csv") {
    const cells = fields.map((field) =>
      field === "value" ? formatNumberEsCo(Number(example.value)) : String(example[field]),
    );
    const text = stringify([headers, cells], { delimiter: ";", record_delimiter: "\r\n" });
    return {
      fileName,
      contentType: "text/csv; charset=utf-8",
      bytes: new TextEncoder().encode(`\uFEFF${text}`),
    };
  }

  const bold = { fontWeight: "bold" as const };
  const data: SheetData = [
    headers.map((value) => ({ value, ...bold })),
    // "@" (text) keeps Excel from turning "2024-T1" or "03/2024" into a date.
    fields.map((field) =>
      field === "value"
        ? { value: Number(example.value), type: Number }
        : { value: String(example[field]), type: String, format: "@" },
    ),
  ];
  const instructions: SheetData = INSTRUCTIONS(indicator).map((line, i) => [
    i === 0 ? { value: line, ...bold } : line,
  ]);
  const buffer = await writeXlsxFile([
    {
      data,
      sheet: "Datos",
      columns: fields.map((field) => ({ width: field === "note" ? 40 : 16 })),
      stickyRowsCount: 1,
    },
    { data: instructions, sheet: "Instrucciones", columns: [{ width: 100 }] },
  ]).toBuffer();
  return {
    fileName,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    bytes: new Uint8Array(buffer),
  };
}
