// A catalog of published datasets for the package_search bench, written with Prisma's
// createMany (three statements for all of them, plus one UPDATE that publishes them).
// Deterministic: the same seed writes the same catalog. Titles, descriptions, keywords and
// column dictionaries are Spanish and vary, so full-text search has real work to do.
import type { PrismaClient } from "@lab/db/prisma";
import {
  DATASET_LICENSE_KEYS,
  DATASET_THEME_KEYS,
  UPDATE_FREQUENCY_KEYS,
} from "@lab/domain/dataset";

const SUBJECTS = [
  "Participación ciudadana",
  "Presupuestos participativos",
  "Matrícula escolar",
  "Árboles urbanos",
  "Préstamos de bicicletas públicas",
  "Zonas wifi gratuitas",
  "Accidentes de tránsito",
  "Atenciones en salud",
  "Licencias de construcción",
  "Emprendimientos apoyados",
  "Consumo de agua",
  "Residuos sólidos recolectados",
  "Eventos culturales",
  "Trámites en línea",
  "Contratación pública",
  "Programas de innovación",
];
const QUALIFIERS = [
  "por comuna",
  "por barrio",
  "por mes",
  "por institución",
  "por sexo y edad",
  "por tipo",
  "en Bucaramanga",
  "del área metropolitana",
];
const SENTENCES = [
  "Registro administrativo de la Alcaldía de Bucaramanga con corte mensual.",
  "Los datos provienen de los sistemas de información de la dependencia responsable.",
  "Cada fila corresponde a un registro con su fecha, su comuna y su valor.",
  "Se publica para facilitar el control social y la reutilización por la ciudadanía.",
  "Las cifras de los últimos meses pueden cambiar mientras se validan.",
  "Incluye la ubicación aproximada sin datos personales, conforme a la Ley 1581 de 2012.",
  "Sirve para el seguimiento del plan de desarrollo municipal y de sus metas.",
  "La información se actualiza cuando la dependencia reporta un nuevo corte.",
  "Los valores monetarios están en pesos colombianos corrientes.",
  "Las categorías siguen la clasificación del Departamento Administrativo Nacional de Estadística.",
];
const KEYWORDS = [
  "participación",
  "presupuesto",
  "educación",
  "colegios",
  "ambiente",
  "movilidad",
  "bicicletas",
  "conectividad",
  "salud",
  "tránsito",
  "vivienda",
  "emprendimiento",
  "agua",
  "residuos",
  "cultura",
  "trámites",
  "contratación",
  "innovación",
  "comunas",
  "seguridad",
  "empleo",
  "turismo",
  "deporte",
  "juventud",
];
const ENTITIES = [
  "Alcaldía de Bucaramanga",
  "Área Metropolitana de Bucaramanga",
  "Instituto Municipal de Cultura y Turismo",
  "Dirección de Tránsito de Bucaramanga",
  "Empresa de Aseo de Bucaramanga",
];
const OFFICES = [
  ["secretaria-de-planeacion", "Secretaría de Planeación"],
  ["oficina-tic", "Oficina TIC"],
  ["secretaria-de-educacion", "Secretaría de Educación"],
  ["secretaria-de-salud", "Secretaría de Salud y Ambiente"],
  ["secretaria-de-hacienda", "Secretaría de Hacienda"],
  ["secretaria-de-desarrollo-social", "Secretaría de Desarrollo Social"],
] as const;
const COLUMNS = [
  ["Fecha de corte", "fecha_corte", "date", "Fecha del corte del registro"],
  ["Comuna", "comuna", "text", "Comuna o corregimiento de Bucaramanga"],
  ["Barrio", "barrio", "text", "Barrio donde ocurre el registro"],
  ["Valor", "valor", "decimal", "Valor reportado en la unidad indicada"],
  ["Unidad", "unidad", "text", "Unidad de medida del valor"],
  ["Cantidad", "cantidad", "integer", "Número de casos o personas"],
  ["Sexo", "sexo", "text", "Sexo de la persona atendida, cuando aplica"],
  ["Grupo de edad", "grupo_edad", "text", "Rango de edad en años"],
  ["Latitud", "latitud", "decimal", "Latitud aproximada del centroide del barrio"],
  ["Longitud", "longitud", "decimal", "Longitud aproximada del centroide del barrio"],
  ["Fuente", "fuente", "text", "Sistema de información de origen"],
  ["Observaciones", "observaciones", "text", "Notas de la dependencia sobre el registro"],
] as const;

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BENCH_ENTITIES = ENTITIES;

/** Writes `count` published datasets (1–3 versions each, 12 columns) and their offices. */
export async function writeBenchCatalog(prisma: PrismaClient, count: number): Promise<void> {
  const rnd = random(20241216);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  await prisma.office.createMany({
    data: OFFICES.map(([slug, name]) => ({ slug, name })),
    skipDuplicates: true,
  });
  const offices = await prisma.office.findMany({ select: { id: true } });
  const start = Date.UTC(2023, 0, 1);
  const span = Date.UTC(2025, 5, 1) - start;
  const datasets = [];
  const versions = [];
  const columns = [];
  for (let i = 0; i < count; i++) {
    const id = `bench-ds-${String(i).padStart(5, "0")}`;
    const subject = pick(SUBJECTS);
    const created = new Date(start + Math.floor(rnd() * span * 0.5));
    const versionCount = 1 + Math.floor(rnd() * 3);
    let at = created.getTime();
    for (let n = 1; n <= versionCount; n++) {
      at += Math.floor(rnd() * span * 0.2);
      const vid = `${id}-v${n}`;
      versions.push({
        id: vid,
        datasetId: id,
        number: n,
        status: "PUBLISHED" as const,
        fileName: `${id}-v${n}.csv`,
        sourceFormat: "csv",
        byteSize: BigInt(10_000 + Math.floor(rnd() * 1e7)),
        sha256: "0".repeat(64),
        rowCount: 100 + Math.floor(rnd() * 100_000),
        tableName: `bench_${i}_${n}`,
        createdAt: new Date(at),
        loadedAt: new Date(at),
        publishedAt: new Date(at),
      });
      if (n === versionCount) {
        for (const [position, [name, field, type, description]] of COLUMNS.entries()) {
          columns.push({ versionId: vid, position, name, field, type, description });
        }
      }
    }
    const sentences = Array.from({ length: 4 + Math.floor(rnd() * 5) }, () => pick(SENTENCES));
    datasets.push({
      id,
      slug: `conjunto-${i}-${subject
        .toLowerCase()
        .normalize("NFD")
        .replace(/[^a-z]+/g, "-")}`.replace(/-+$/, ""),
      title: `${subject} ${pick(QUALIFIERS)} ${2019 + (i % 7)}`,
      description: `${subject}. ${sentences.join(" ")}`,
      theme: pick(DATASET_THEME_KEYS),
      keywords: Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => pick(KEYWORDS)).filter(
        (k, j, all) => all.indexOf(k) === j,
      ),
      license: pick(DATASET_LICENSE_KEYS),
      contactName: "Oficina TIC",
      contactEmail: "datosabiertos@bucaramanga.gov.co",
      updateFrequency: pick(UPDATE_FREQUENCY_KEYS),
      entityName: i % 3 === 0 ? pick(ENTITIES) : (ENTITIES[0] as string),
      officeId: rnd() < 0.8 ? pick(offices).id : null,
      isDemo: true,
      createdAt: created,
      modifiedAt: new Date(at),
    });
  }
  await prisma.dataset.createMany({ data: datasets });
  await prisma.datasetVersion.createMany({ data: versions });
  await prisma.datasetColumn.createMany({ data: columns });
  // Each dataset's last version becomes the public one, as the publishing workflow leaves it.
  await prisma.$executeRaw`UPDATE "Dataset" d SET "status" = 'PUBLISHED',
    "publishedVersionId" = (SELECT v."id" FROM "DatasetVersion" v WHERE v."datasetId" = d."id"
      ORDER BY v."number" DESC LIMIT 1)
    WHERE d."id" LIKE 'bench-ds-%'`;
}
