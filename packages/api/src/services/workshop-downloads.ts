import type { PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import { OPEN_DATA_LICENSE } from "@lab/domain/indicator-export";
import {
  parseWorkshopDownload,
  type TWorkshopDownload,
  type TWorkshopRecord,
  type TWorkshopResults,
  WORKSHOP_DOWNLOAD_KINDS,
  WORKSHOP_DOWNLOAD_NAMES_ES,
  ZWorkshopRecord,
} from "@lab/domain/workshop-record";
import { stringify } from "csv-stringify/sync";
import { getWorkshop } from "./workshops";

// The results of a workshop as files: contributions, capacity map and alliances, each as CSV
// and JSON. Built from the public record (parsed again with its schema, which has no field
// for a person), so a download can never say more than the page.

export type TWorkshopFile = { body: string; contentType: string; filename: string };

const LIST_SEPARATOR = "|";

/**
 * CSV as the indicator downloads write it (UTF-8, "," between fields, CRLF, a header row);
 * cells that a spreadsheet would run as a formula get a leading "'" (escape_formulas, as in
 * the datastore's downloads).
 */
function csv(columns: readonly string[], rows: (string | number | boolean | null)[][]): string {
  return stringify(
    rows.map((r) =>
      r.map((cell) => (cell === null ? "" : typeof cell === "boolean" ? String(cell) : cell)),
    ),
    { header: true, columns: [...columns], record_delimiter: "windows", escape_formulas: true },
  );
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const day = (date: Date) => date.toISOString().slice(0, 10);

function contributionsTable(record: TWorkshopRecord, results: TWorkshopResults) {
  const questions = new Map(record.questions.map((q) => [q.order, q.text]));
  const rows = results.contributions.map((c) => ({
    questionOrder: c.questionOrder,
    question: c.questionOrder === null ? null : (questions.get(c.questionOrder) ?? null),
    text: c.text,
    institution: c.institution?.name ?? null,
    institutionType: c.institution?.type ?? null,
    capacityTypes: c.capacityTypes,
    tags: c.tags,
    votes: c.votes,
    status: c.status,
    isDemo: c.isDemo,
  }));
  return {
    json: rows,
    csv: csv(
      [
        "question_order",
        "question",
        "text",
        "institution",
        "institution_type",
        "capacity_types",
        "tags",
        "votes",
        "status",
        "is_demo",
      ],
      rows.map((r) => [
        r.questionOrder,
        r.question,
        r.text,
        r.institution,
        r.institutionType,
        r.capacityTypes.join(LIST_SEPARATOR),
        r.tags.join(LIST_SEPARATOR),
        r.votes,
        r.status,
        r.isDemo,
      ]),
    ),
  };
}

function capacityMapTable(results: TWorkshopResults) {
  const rows = results.capacityMap.map((row) => ({
    institution: row.institution.name,
    institutionType: row.institution.type,
    potentialRole: row.potentialRole,
    isDemo: row.institution.isDemo,
    capacities: row.cells,
  }));
  return {
    json: rows,
    // One line per institution and capacity type: a long table spreadsheets pivot easily.
    csv: csv(
      [
        "institution",
        "institution_type",
        "potential_role",
        "capacity_type",
        "level",
        "description",
        "suggested_from_contributions",
        "is_demo",
      ],
      rows.flatMap((r) =>
        r.capacities.map((cell) => [
          r.institution,
          r.institutionType,
          r.potentialRole,
          cell.capacityType,
          cell.level,
          cell.description,
          cell.derived,
          r.isDemo,
        ]),
      ),
    ),
  };
}

function alliancesTable(results: TWorkshopResults) {
  const rows = results.alliances.map(({ id: _id, ...a }) => ({
    ...a,
    statusChangedAt: iso(a.statusChangedAt),
    startedAt: iso(a.startedAt),
    institutions: a.institutions.map((i) => ({ name: i.name, type: i.type })),
    milestones: a.milestones.map((m) => ({ date: day(m.date), note: m.note, percent: m.percent })),
  }));
  return {
    json: rows,
    csv: csv(
      [
        "title",
        "purpose",
        "lab_function",
        "status",
        "status_changed_at",
        "started_at",
        "institutions",
        "progress_percent",
        "last_milestone_date",
        "last_milestone_note",
        "milestones",
        "is_demo",
      ],
      rows.map((a) => {
        const last = a.milestones.at(-1);
        return [
          a.title,
          a.purpose,
          a.labFunction,
          a.status,
          a.statusChangedAt,
          a.startedAt,
          a.institutions.map((i) => i.name).join(LIST_SEPARATOR),
          a.progress,
          last?.date ?? null,
          last?.note ?? null,
          a.milestones.length,
          a.isDemo,
        ];
      }),
    ),
  };
}

/** The file for `/api/v1/workshops/{slug}/{file}`; 404 for an unknown file or no results. */
export async function getWorkshopFile(
  prisma: PrismaClient,
  slug: string,
  file: string,
): Promise<TWorkshopFile> {
  const download = parseWorkshopDownload(file);
  if (!download) {
    const names = WORKSHOP_DOWNLOAD_KINDS.flatMap((k) => [`${k}.csv`, `${k}.json`]).join(", ");
    throw new AppError("NOT_FOUND", `No existe esa descarga. Las descargas son: ${names}.`);
  }
  const record = ZWorkshopRecord.parse(await getWorkshop(prisma, slug));
  return workshopFile(record, download);
}

export function workshopFile(record: TWorkshopRecord, download: TWorkshopDownload): TWorkshopFile {
  const { results } = record;
  if (!results) {
    throw new AppError("NOT_FOUND", "Los resultados de este taller aún no se han publicado.");
  }
  const table =
    download.kind === "contributions"
      ? contributionsTable(record, results)
      : download.kind === "capacity-map"
        ? capacityMapTable(results)
        : alliancesTable(results);
  const filename = `${record.slug}-${WORKSHOP_DOWNLOAD_NAMES_ES[download.kind]}.${download.format}`;
  if (download.format === "csv") {
    return { body: table.csv, contentType: "text/csv; charset=utf-8", filename };
  }
  const document = {
    workshop: {
      slug: record.slug,
      title: record.title,
      startsAt: record.startsAt.toISOString(),
      resultsPublishedAt: iso(results.publishedAt),
      page: `/talleres/${record.slug}`,
    },
    license: { ...OPEN_DATA_LICENSE },
    [download.kind === "capacity-map" ? "capacityMap" : download.kind]: table.json,
  };
  return {
    body: `${JSON.stringify(document, null, 2)}\n`,
    contentType: "application/json; charset=utf-8",
    filename,
  };
}
