import { randomBytes } from "node:crypto";
import { COMUNAS } from "@lab/domain/geography";
import { INSTITUTION_TYPE_LABELS_ES } from "@lab/domain/workshop";
import type { TDatabaseConfig } from "../config";
import { loadVersion, type TLoadSuccess } from "../datastore/load";
import { dictionaryRows } from "../datastore/load-dictionary";
import type { PrismaClient } from "../generated/prisma/client";
import { SEED_INSTITUTIONS, SEED_WORKSHOP } from "./workshop";

// The catalog's first datasets, each published with a first version loaded through the
// datastore loader, as a publisher's upload would be: a demo register of the lab's activities
// (marked demo: the figures are made up) and the 16 December 2024 workshop's attendance by
// institution type (real: what the deck states; no person is named).

export type TSeedDataset = {
  slug: string;
  isDemo: boolean;
  title: string;
  description: string;
  theme: string;
  keywords: string[];
  updateFrequency: string;
  temporalStart: string;
  temporalEnd: string;
  office: string;
  relatedIndicators: string[];
  fileName: string;
  /** The file as a publisher would upload it. */
  csv: () => string;
  /** Descriptions for the column dictionary, by header. */
  columns: Record<string, string>;
};

const CONTACT = {
  contactName: "Oficina TIC – Alcaldía de Bucaramanga",
  contactEmail: "contactenos@bucaramanga.gov.co",
};

const ACTIVITY_TYPES = [
  { name: "Taller de co-creación", partners: "Secretaría de Planeación" },
  { name: "Jornada de cultura del dato", partners: "Oficina TIC" },
  { name: "Mesa de trabajo con la ciudadanía", partners: "Secretaría de Desarrollo Social" },
  { name: "Laboratorio de prototipado", partners: "Universidad Industrial de Santander (UIS)" },
];

const decimalComma = (n: number) => String(n).replace(".", ",");

/**
 * Demo figures, deterministic (the same on every machine): per month of 2024–2025, type of
 * activity and comuna, about one combination in five had activities. Saved as Excel saves a
 * CSV in Colombia: `;`, decimal commas, dd/mm/aaaa dates, UTF-8 with a BOM.
 */
function activitiesCsv(): string {
  const lines = ["Mes;Tipo de actividad;Comuna;Actividades;Participantes;Horas de trabajo;Aliado"];
  let month = 0;
  for (const year of [2024, 2025]) {
    for (let m = 1; m <= 12; m += 1, month += 1) {
      for (const [t, type] of ACTIVITY_TYPES.entries()) {
        for (const [c, comuna] of COMUNAS.entries()) {
          // A multiplicative hash of (month, type, comuna): spread, but the same everywhere.
          const mixed =
            (Math.imul(month + 1, 2654435761) ^
              Math.imul(t + 1, 40503) ^
              Math.imul(c + 1, 2246822519)) >>>
            0;
          if (mixed % 5 !== 0) continue;
          const hash = (mixed >>> 3) % 23;
          const activities = 1 + (hash % 3);
          const people = activities * (8 + ((hash + c) % 17));
          const hours = activities * (2 + ((hash + t) % 5) * 0.5);
          const date = `01/${String(m).padStart(2, "0")}/${year}`;
          lines.push(
            [
              date,
              type.name,
              comuna.name,
              activities,
              people,
              decimalComma(hours),
              type.partners,
            ].join(";"),
          );
        }
      }
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

const ROLE_GROUPS: Record<string, string> = {
  Facilitador: "Facilitación",
  Facilitadora: "Facilitación",
  Practicante: "Práctica universitaria (apoyo)",
};

/** The workshop's team by institution type and role, counted from the seed (no names). */
function workshopAttendanceCsv(): string {
  const typeOf = new Map(SEED_INSTITUTIONS.map((i) => [i.name, i.type]));
  const groups = new Map<
    string,
    { type: string; role: string; institutions: Set<string>; people: number }
  >();
  for (const f of SEED_WORKSHOP.facilitators) {
    const type = typeOf.get(f.institution);
    if (!type) throw new Error(`Seed institution missing: ${f.institution}`);
    const role = ROLE_GROUPS[f.role] ?? f.role;
    const key = `${type}|${role}`;
    const group = groups.get(key) ?? { type, role, institutions: new Set(), people: 0 };
    group.institutions.add(f.institution);
    group.people += 1;
    groups.set(key, group);
  }
  const lines = ["Tipo de institución,Rol en el taller,Instituciones,Personas"];
  for (const g of groups.values()) {
    const label = INSTITUTION_TYPE_LABELS_ES[g.type as keyof typeof INSTITUTION_TYPE_LABELS_ES];
    lines.push([label, g.role, g.institutions.size, g.people].join(","));
  }
  return `${lines.join("\n")}\n`;
}

export const SEED_DATASETS: TSeedDataset[] = [
  {
    slug: "actividades-laboratorio-innovacion-publica",
    isDemo: true,
    title: "Actividades del Laboratorio de Innovación Pública por comuna (demostración)",
    description:
      "**Datos de demostración: no son cifras oficiales.** Muestran cómo se publicará el registro de actividades del Laboratorio de Innovación Pública de Bucaramanga: por cada mes de 2024 y 2025, tipo de actividad (talleres de co-creación, jornadas de cultura del dato, mesas de trabajo con la ciudadanía, laboratorios de prototipado) y comuna, el número de actividades, de participantes y de horas de trabajo, y la dependencia o institución aliada. Cada fila resume las actividades de un mes en una comuna; los meses y comunas sin actividades no tienen fila.",
    theme: "gobierno-y-participacion",
    keywords: [
      "innovación pública",
      "participación ciudadana",
      "comunas",
      "talleres",
      "demostración",
    ],
    updateFrequency: "MONTHLY",
    temporalStart: "2024-01-01",
    temporalEnd: "2025-12-31",
    office: "Oficina TIC",
    relatedIndicators: ["proyectos-innovacion-publica"],
    fileName: "actividades-laboratorio-2024-2025.csv",
    csv: activitiesCsv,
    columns: {
      Mes: "Primer día del mes en que se hicieron las actividades.",
      "Tipo de actividad": "Clase de actividad del laboratorio.",
      Comuna: "Comuna de Bucaramanga donde se hicieron las actividades.",
      Actividades: "Número de actividades de ese tipo en la comuna durante el mes.",
      Participantes:
        "Personas que asistieron, sumadas sobre las actividades (una persona puede contar más de una vez).",
      "Horas de trabajo": "Horas de trabajo con la ciudadanía, sumadas sobre las actividades.",
      Aliado: "Dependencia de la Alcaldía o institución que acompañó las actividades.",
    },
  },
  {
    slug: "asistencia-taller-innovacion-2024-por-tipo-de-institucion",
    isDemo: false,
    title: "Asistencia al taller del 16 de diciembre de 2024 por tipo de institución",
    description: `Personas e instituciones que participaron en el taller «${SEED_WORKSHOP.title}» (16 de diciembre de 2024), agrupadas por tipo de institución y por su rol en el taller, según la presentación del taller. Cuenta el equipo que lo facilitó: el Extituto de Política Abierta, la Secretaría Jurídica y la Oficina TIC de la Alcaldía, y practicantes de la Universidad Industrial de Santander. El registro de asistencia de las universidades y centros de productividad invitados no figura en la presentación; se agregará como una nueva versión. Datos agregados: no identifican a ninguna persona (Ley 1581 de 2012).`,
    theme: "gobierno-y-participacion",
    keywords: ["taller", "co-creación", "laboratorio de innovación", "instituciones", "asistencia"],
    updateFrequency: "NEVER",
    temporalStart: "2024-12-16",
    temporalEnd: "2024-12-16",
    office: "Oficina TIC",
    relatedIndicators: [],
    fileName: "asistencia-taller-2024-12-16.csv",
    csv: workshopAttendanceCsv,
    columns: {
      "Tipo de institución": "Tipo de la institución a la que pertenecen las personas.",
      "Rol en el taller": "Qué hicieron en el taller: facilitarlo o apoyarlo como practicantes.",
      Instituciones: "Número de instituciones distintas de ese tipo y rol.",
      Personas: "Número de personas de ese tipo de institución y rol.",
    },
  },
];

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text, "utf8");
}

/** Loads a new version of the dataset from its file; READY once its rows are in place. */
async function loadFirstVersion(
  prisma: PrismaClient,
  database: TDatabaseConfig,
  datasetId: string,
  d: TSeedDataset,
): Promise<string> {
  const last = await prisma.datasetVersion.findFirst({
    where: { datasetId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const id = `seed${randomBytes(10).toString("hex")}`;
  await prisma.datasetVersion.create({
    data: {
      id,
      datasetId,
      number: (last?.number ?? 0) + 1,
      status: "LOADING",
      fileName: d.fileName,
      sourceFormat: "csv",
      tableName: `v_${id}`,
    },
  });
  const record = async (loaded: TLoadSuccess) => {
    await prisma.$transaction([
      prisma.datasetColumn.createMany({
        data: dictionaryRows(id, loaded.columns, (c) => d.columns[c.name] ?? ""),
      }),
      prisma.datasetVersion.update({
        where: { id },
        data: {
          status: "READY",
          rowCount: loaded.rowCount,
          encoding: loaded.file.encoding,
          delimiter: loaded.file.delimiter,
          sourceByteSize: loaded.file.byteSize,
          sourceSha256: loaded.file.sha256,
          loadedAt: new Date(),
        },
      }),
    ]);
  };
  try {
    const result = await loadVersion({
      database,
      tableName: `v_${id}`,
      source: bytesOf(d.csv()),
      onLoaded: record,
    });
    if (!result.ok) {
      const first = result.problems[0];
      throw new Error(
        `Seed dataset ${d.slug} has ${result.problemCount} row problem(s), e.g. row ${first?.row}: ${first?.message}`,
      );
    }
  } catch (error) {
    await prisma.datasetVersion.update({
      where: { id },
      data: { status: "FAILED" },
    });
    throw error;
  }
  return id;
}

/**
 * Idempotent: a seed dataset is created and published once; a dataset that is published, or
 * that a publisher has changed since, is left as it is. A run cut short resumes (a loaded
 * version is published; one that never loaded is loaded again).
 */
export async function seedDatasets(
  prisma: PrismaClient,
  database: TDatabaseConfig,
  datasets: TSeedDataset[] = SEED_DATASETS,
): Promise<void> {
  for (const d of datasets) {
    const existing = await prisma.dataset.findUnique({
      where: { slug: d.slug },
      select: {
        id: true,
        status: true,
        versions: {
          where: { status: { in: ["READY", "PUBLISHED"] } },
          orderBy: { number: "desc" },
          select: { id: true, status: true },
        },
      },
    });
    if (
      existing?.status === "PUBLISHED" ||
      existing?.versions.some((v) => v.status === "PUBLISHED")
    ) {
      continue;
    }
    const office = await prisma.office.findUnique({
      where: { name: d.office },
      select: { id: true },
    });
    const dataset =
      existing ??
      (await prisma.dataset.create({
        data: {
          slug: d.slug,
          isDemo: d.isDemo,
          title: d.title,
          description: d.description,
          theme: d.theme,
          keywords: d.keywords,
          ...CONTACT,
          updateFrequency: d.updateFrequency,
          temporalStart: new Date(`${d.temporalStart}T00:00:00Z`),
          temporalEnd: new Date(`${d.temporalEnd}T00:00:00Z`),
          officeId: office?.id ?? null,
          relatedIndicators: d.relatedIndicators,
          status: "DRAFT",
        },
        select: { id: true },
      }));
    const versionId =
      existing?.versions[0]?.id ?? (await loadFirstVersion(prisma, database, dataset.id, d));
    const now = new Date();
    await prisma.$transaction([
      prisma.datasetVersion.update({
        where: { id: versionId },
        data: { status: "PUBLISHED", publishedAt: now },
      }),
      prisma.dataset.update({
        where: { id: dataset.id },
        data: { status: "PUBLISHED", publishedVersionId: versionId, modifiedAt: now },
      }),
    ]);
  }
}
