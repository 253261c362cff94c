// Import bench (child process): 50,000 observation rows into one indicator through the same
// services as the workspace (previewImport → applyImport with the confirmed preview →
// publishDrafts), on the database bench/run.mjs hands over (see bench-child.ts). Run by
// bench/lib/data-bench.mjs; by hand, on a throwaway folder:
//   export BENCH_DATA_DIR=$(mktemp -d)
//   npx tsx bench/lib/import-bench.ts prepare && npx tsx bench/lib/import-bench.ts measure /tmp/import.json
// BENCH_IMPORT_ROWS (default 50,000) makes a quicker trial; the report names the count used.
//
// The files are what an office's Excel writes as "CSV (delimitado por comas)": Windows-1252,
// ";" between cells, CRLF, decimal comma with "." thousands, dates as mm/aaaa, comunas by
// number and name ("Comuna 5 – García Rovira", the dash being byte 0x96), "sí"/"no", notes
// with accents and a quoted ";". 50,000 distinct (month, place) keys need a monthly
// indicator by comuna (21 places) over 2,381 months from 01/1900: the domain's year range
// allows it, real series are shorter. One file holds them all (IMPORT_MAX_ROWS allows it); a
// smaller cap would split them into several files, as its error message tells an official.
import { publishDrafts } from "@lab/api/services/indicator-review";
import { applyImport, previewImport } from "@lab/api/services/observation-import";
import { seed } from "@lab/db/seed";
import { seedIndicators } from "@lab/db/seed/indicators";
import { COMUNAS, CORREGIMIENTOS } from "@lab/domain/geography";
import { IMPORT_MAX_ROWS } from "@lab/domain/observation-import";
import { parse } from "csv-parse/sync";
import {
  log,
  peakRssKb,
  resetPeakRss,
  rssKb,
  runChild,
  type TBenchDatabase,
  timed,
} from "./bench-child";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS || 50_000);
const SLUG = "bench-recursos-mensuales-comuna";
const PARSE_RUNS = 5;

const PLACES = [
  "Total municipal",
  ...COMUNAS.map((c, i) => `Comuna ${i + 1} – ${c.name.split("– ")[1]}`),
  ...CORREGIMIENTOS.map((c) => c.name),
];

/** "1.234.567,89": es-CO, as Excel shows (and so saves) a number with separators. */
function esCo(value: number): string {
  const [int = "0", dec = "00"] = value.toFixed(2).split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${dec}`;
}

/** The data lines of all ROWS observations, month by month, every place each month. */
function dataLines(): string[] {
  const lines: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const month = Math.floor(i / PLACES.length);
    const place = i % PLACES.length;
    const period = `${String((month % 12) + 1).padStart(2, "0")}/${1900 + Math.floor(month / 12)}`;
    const value = 1_000_000 + ((i * 7919) % 9_000_000) + (i % 100) / 100;
    const provisional = month >= Math.floor(ROWS / PLACES.length) - 12 ? "sí" : "no";
    const note =
      i % 50 === 0
        ? '"Cifra ajustada; fuente: Secretaría de Hacienda"'
        : i % 7 === 0
          ? "Revisión"
          : "";
    lines.push(`${period};${PLACES[place]};${esCo(value)};${provisional};${note}`);
  }
  return lines;
}

const HEADER = "Periodo;Comuna;Valor (COP);Provisional;Nota";

/** Windows-1252 bytes: Latin-1 for these characters, except the en dash (0x96). */
function windows1252(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text.replaceAll("–", "\x96"), "latin1"));
}

function csvFile(name: string, lines: string[]) {
  return { name, bytes: windows1252(`${[HEADER, ...lines].join("\r\n")}\r\n`) };
}

const EDITOR = "bench-editor@example.org";
const ADMIN = "bench-admin@example.org";

/** The seed, the indicator (no values yet), an editor who imports and an admin who publishes. */
async function prepare(db: TBenchDatabase) {
  await seed(db.prisma, { demoAccounts: false });
  await seedIndicators(db.prisma, [
    {
      slug: SLUG,
      code: "BENCH-IMP",
      name: "Recursos ejecutados por comuna (bench)",
      description: "Indicador mensual por comuna creado por el bench de carga masiva.",
      dimension: "PARTICIPACION_CIUDADANA",
      unit: "CURRENCY_COP",
      decimals: 2,
      periodicity: "MONTHLY",
      geographicBreakdown: "COMUNAS",
      sourceName: "Bench",
      responsibleOffice: "Secretaría de Hacienda",
      isDemo: true,
      observations: [],
    },
  ]);
  for (const [email, role] of [
    [EDITOR, "EDITOR"],
    [ADMIN, "ADMIN"],
  ] as const) {
    // Never signs in: the services take the actor as given.
    await db.prisma.user.create({
      data: { email, name: `Bench ${role}`, role, passwordHash: "!" },
    });
  }
}

async function measure(db: TBenchDatabase) {
  const actor = (email: string) =>
    db.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
  const editor = await actor(EDITOR);
  const admin = await actor(ADMIN);
  const lines = dataLines();
  const files = [];
  for (let i = 0; i * IMPORT_MAX_ROWS < lines.length; i++) {
    const part = lines.slice(i * IMPORT_MAX_ROWS, (i + 1) * IMPORT_MAX_ROWS);
    files.push({ rows: part.length, file: csvFile(`recursos-parte-${i + 1}.csv`, part) });
  }
  const maxBytes = Math.max(...files.map((f) => f.file.bytes.length));

  // The peak from here on is the import's: opening the database and making the files is not.
  const peakReset = resetPeakRss();
  const baselineRssKb = rssKb();
  const steps = [];
  for (const { rows, file } of files) {
    log(`import ${file.name}: ${rows} rows, ${file.bytes.length} bytes`);
    const preview = await timed(() => previewImport(db.prisma, SLUG, file, { maxBytes }));
    const { summary } = preview.value;
    if (summary.errors > 0 || summary.new !== rows) {
      throw new Error(
        `preview of ${file.name}: ${JSON.stringify(summary)}; ${preview.value.errors[0]?.message ?? ""}`,
      );
    }
    const apply = await timed(() =>
      applyImport(db.prisma, editor.id, SLUG, preview.value, { maxBytes }),
    );
    if (apply.value.created !== rows) throw new Error(`apply wrote ${JSON.stringify(apply.value)}`);
    steps.push({
      rows,
      bytes: file.bytes.length,
      previewMs: preview.ms,
      applyMs: apply.ms,
      peakRssKb: peakRssKb(),
    });
    log(`  preview ${(preview.ms / 1000).toFixed(2)} s, apply ${(apply.ms / 1000).toFixed(2)} s`);
  }

  const indicator = await db.prisma.indicator.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { id: true },
  });
  const { revision } = await db.prisma.indicatorDraft.findUniqueOrThrow({
    where: { indicatorId: indicator.id },
    select: { revision: true },
  });
  log("publish");
  const publish = await timed(() =>
    publishDrafts(db.prisma, admin, { indicatorSlug: SLUG, revision }),
  );
  const peak = peakRssKb();
  log(`  publish ${(publish.ms / 1000).toFixed(2)} s`);
  const published = await db.prisma.observation.count({ where: { indicatorId: indicator.id } });
  if (published !== ROWS) throw new Error(`${published} observations published, expected ${ROWS}`);

  // The same-process reference: csv-parse alone over the same text, after two warm-up
  // passes, median of PARSE_RUNS.
  const texts = files.map((f) => new TextDecoder("windows-1252").decode(f.file.bytes));
  const parseAll = () => {
    for (const text of texts) parse(text, { delimiter: ";", relax_column_count: true });
  };
  parseAll();
  parseAll();
  const parseRuns: number[] = [];
  for (let run = 0; run < PARSE_RUNS; run++) parseRuns.push((await timed(parseAll)).ms);
  const parseMs = [...parseRuns].sort((a, b) => a - b)[Math.floor(PARSE_RUNS / 2)] ?? 0;

  const previewMs = steps.reduce((s, f) => s + f.previewMs, 0);
  const applyMs = steps.reduce((s, f) => s + f.applyMs, 0);
  const totalMs = previewMs + applyMs + publish.ms;
  return {
    rows: ROWS,
    maxRowsPerFile: IMPORT_MAX_ROWS,
    encoding: "windows-1252",
    bytes: steps.reduce((s, f) => s + f.bytes, 0),
    files: steps,
    previewMs,
    applyMs,
    publishMs: publish.ms,
    published: publish.value.published,
    totalMs,
    rowsPerSecond: ROWS / (totalMs / 1000),
    baselineRssKb,
    peakRssKb: peak,
    peakReset,
    // Whole child, set-up included (getrusage): the fallback when the reset is refused.
    maxRssKb: process.resourceUsage().maxRSS,
    parseMs,
    parseRuns,
  };
}

await runChild({ prepare, measure });
