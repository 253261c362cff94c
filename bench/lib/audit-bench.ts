// Audit trail bench (child process): p50/p95/max of one indicator's trail as the workspace
// reads it (listAudit, first page and a page reached by cursor) with 1,000 audit rows in the
// table, then again once it holds 100,000, on the database bench/run.mjs hands over (see
// bench-child.ts). The per-indicator trail reads by the indexed AuditEntry.indicatorId, so
// the two should be about equal whatever the table's size: the 1,000-row figures are the
// same-process reference. Run by bench/lib/data-bench.mjs; by hand, on a throwaway folder:
//   export BENCH_DATA_DIR=$(mktemp -d)
//   npx tsx bench/lib/audit-bench.ts prepare && npx tsx bench/lib/audit-bench.ts measure /tmp/audit.json
// BENCH_AUDIT_RUNS (default 200) sets the timed calls per page.
//
// Rows are spread over 50 indicators and 10 people across two years, with the details the
// services write (import, screen edit, publication); the target indicator gets 600 of the
// first 1,000 rows and 2,000 of the 100,000. Statistics as each database would have them in
// use: on PostgreSQL the table is ANALYZEd after each fill, as autovacuum does within a
// minute or so; on PGlite it is not, since a single-process PGlite runs no autovacuum and
// the app never runs ANALYZE, so the embedded database plans without statistics.
import { listAudit } from "@lab/api/services/audit";
import type { Prisma } from "@lab/db/prisma";
import { seedIndicators } from "@lab/db/seed/indicators";
import { log, percentile, runChild, type TBenchDatabase, timed } from "./bench-child";

const INDICATORS = 50;
const PEOPLE = 10;
const PAGE = 50;
/** The deeper page starts after this many entries (page 11), in both tables. */
const DEEP_AFTER = 500;
const WARMUP = 50;
const RUNS = Number(process.env.BENCH_AUDIT_RUNS || 200);
const BATCH = 1_000;
const slugOf = (i: number) => `bench-auditoria-${String(i + 1).padStart(2, "0")}`;
/** The indicator whose trail is read: 600 of the first 1,000 rows, 2,000 of 100,000. */
const TARGET = slugOf(0);
/**
 * An indicator with half the table: what one import of 25,000 rows and its publication leave
 * behind (an audit entry per row for each). Read too, since a page reached by cursor costs
 * more the deeper it is in one indicator's trail (see the report).
 */
const HEAVY = slugOf(1);
type TQuotas = Record<string, number>;
const STAGES: { rows: number; quotas: TQuotas }[] = [
  { rows: 1_000, quotas: { [TARGET]: 600 } },
  { rows: 100_000, quotas: { [TARGET]: 2_000, [HEAVY]: 50_000 } },
];
const YEARS_MS = 2 * 365 * 24 * 3600 * 1000;

/** Deterministic pseudo-random numbers (mulberry32), so every run writes the same rows. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The indicators (no values) and the people named on the entries. */
async function prepare(db: TBenchDatabase) {
  await seedIndicators(
    db.prisma,
    Array.from({ length: INDICATORS }, (_, i) => ({
      slug: slugOf(i),
      code: `BENCH-AUD-${i + 1}`,
      name: `Indicador de auditoría ${i + 1} (bench)`,
      description: "Indicador creado por el bench de la auditoría.",
      dimension: "PARTICIPACION_CIUDADANA" as const,
      unit: "COUNT" as const,
      decimals: 0,
      periodicity: "MONTHLY" as const,
      geographicBreakdown: "COMUNAS" as const,
      sourceName: "Bench",
      isDemo: true,
      observations: [],
    })),
  );
  for (let i = 0; i < PEOPLE; i++) {
    await db.prisma.user.create({
      data: {
        email: `bench-audit-${i}@example.org`,
        name: `Persona ${i + 1}`,
        role: i === 0 ? "ADMIN" : "EDITOR",
        passwordHash: "!",
      },
    });
  }
}

async function fixture(db: TBenchDatabase) {
  const indicators = await db.prisma.indicator.findMany({ select: { id: true, slug: true } });
  const people = await db.prisma.user.findMany({ select: { id: true }, orderBy: { email: "asc" } });
  return { indicators, bySlug: new Map(indicators.map((i) => [i.slug, i])), people };
}

type TFixture = Awaited<ReturnType<typeof fixture>>;

/** One entry as the services write it: an import, a screen edit or a publication. */
function entry(
  next: () => number,
  indicator: { id: string; slug: string },
  fx: TFixture,
  now: number,
  n: number,
): Prisma.AuditEntryCreateManyInput {
  const kind = Math.floor(next() * 3);
  const month = Math.floor(next() * 120);
  const period = `${2015 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
  const geography = `comuna-${String(1 + Math.floor(next() * 17)).padStart(2, "0")}`;
  const value = (v: number) => ({ value: String(v), provisional: false, note: null });
  const before = Math.round(next() * 5000);
  return {
    actorId: fx.people[Math.floor(next() * PEOPLE)]?.id ?? null,
    action: ["observation.import.update", "observation.update", "observation.publish"][kind] ?? "",
    entityType: "Observation",
    entityId: `bench-${n}`,
    indicatorId: indicator.id,
    details: {
      indicator: indicator.slug,
      period,
      geography,
      before: value(before),
      after: value(before + 1 + Math.round(next() * 100)),
      ...(kind === 0 ? { source: "import", file: "datos-comunas.csv", row: 2 + (n % 20_000) } : {}),
      ...(kind === 2 ? { editedBy: fx.people[1]?.id ?? null } : {}),
    },
    createdAt: new Date(now - Math.floor(next() * YEARS_MS)),
  };
}

/**
 * Adds rows until the table holds `want.rows`, each quota'd indicator `want.quotas[slug]` of
 * them and the rest spread over the others; quota'd rows are spread evenly through the fill.
 */
async function fill(
  db: TBenchDatabase,
  fx: TFixture,
  have: { rows: number; quotas: TQuotas },
  want: { rows: number; quotas: TQuotas },
) {
  const next = random(want.rows);
  const now = Date.now();
  const quotaLeft = new Map(
    Object.entries(want.quotas).map(([slug, n]) => [slug, n - (have.quotas[slug] ?? 0)]),
  );
  // Indicators with a quota in any stage get rows only through it.
  const tracked = new Set(STAGES.flatMap((stage) => Object.keys(stage.quotas)));
  const others = fx.indicators.filter((i) => !tracked.has(i.slug));
  let left = want.rows - have.rows;
  let n = have.rows;
  const started = performance.now();
  while (left > 0) {
    const data: Prisma.AuditEntryCreateManyInput[] = [];
    for (let i = 0; i < Math.min(BATCH, left); i++) {
      let pick = next() * (left - i);
      let indicator: { id: string; slug: string } | undefined;
      for (const [slug, quota] of quotaLeft) {
        if (pick < quota) {
          indicator = fx.bySlug.get(slug);
          quotaLeft.set(slug, quota - 1);
          break;
        }
        pick -= quota;
      }
      indicator ??= others[Math.floor(next() * others.length)];
      if (!indicator) throw new Error("no indicators");
      data.push(entry(next, indicator, fx, now, n++));
    }
    await db.prisma.auditEntry.createMany({ data });
    left -= data.length;
  }
  const fillMs = performance.now() - started;
  const analyzed = db.config.kind === "postgres";
  if (analyzed) await db.query(`ANALYZE "AuditEntry"`);
  const [{ rows } = { rows: 0 }] = await db.query<{ rows: number }>(
    `SELECT count(*)::int AS rows FROM "AuditEntry"`,
  );
  if (rows !== want.rows) throw new Error(`the table holds ${rows} rows, wanted ${want.rows}`);
  for (const [slug, quota] of Object.entries(want.quotas)) {
    if ((await entriesOf(db, slug)).length !== quota) throw new Error(`${slug}: wrong count`);
  }
  return { fillMs, analyzed };
}

/** The ids of an indicator's entries, newest first: listAudit's order. */
async function entriesOf(db: TBenchDatabase, slug: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT a.id FROM "AuditEntry" a JOIN "Indicator" i ON i.id = a."indicatorId" WHERE i.slug = $1 ORDER BY a."createdAt" DESC, a.id DESC`,
    [slug],
  );
  return rows.map((r) => r.id);
}

/** Timings of one query shape: WARMUP discarded, then RUNS measured, one after the other. */
async function timeCalls(call: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push((await timed(call)).ms);
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: RUNS,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1),
  };
}

// listAudit's page query with a cursor, as Prisma 7 writes it (logged with `log: ["query"]`;
// it passes the cursor id three times): an OR of comparisons with the cursor's row, which
// PostgreSQL cannot turn into the start of one index range. It either reads the indicator's
// entries from the newest and filters out those above the cursor, or reads every entry below
// it and sorts them; which one depends on the table's statistics.
const CURSOR_SQL = `SELECT * FROM "AuditEntry" WHERE "indicatorId" = $1 AND (("createdAt" = (SELECT "createdAt" FROM "AuditEntry" WHERE id = $2) AND id <= (SELECT id FROM "AuditEntry" WHERE id = $2)) OR "createdAt" < (SELECT "createdAt" FROM "AuditEntry" WHERE id = $2)) ORDER BY "createdAt" DESC, id DESC LIMIT ${PAGE + 1} OFFSET 1`;
const FIRST_SQL = `SELECT * FROM "AuditEntry" WHERE "indicatorId" = $1 ORDER BY "createdAt" DESC, id DESC LIMIT ${PAGE + 1}`;

// A scan of the audit table itself, not the look-ups of the cursor's row by primary key.
const TABLE_SCAN = /Scan.* on "AuditEntry"(?!\s+"AuditEntry_)/;

/**
 * The plan's nodes ("Limit → Incremental Sort → Index Scan …") and how many entries the scan
 * of the table read: those it passed up plus those its filter threw away.
 */
async function plan(db: TBenchDatabase, sql: string, params: unknown[]) {
  const lines = (
    await db.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${sql}`,
      params,
    )
  ).map((r) => r["QUERY PLAN"]);
  const nodes = lines
    .filter((l, i) => i === 0 || /^\s*->/.test(l))
    .filter((l) => !/"AuditEntry_pkey"/.test(l))
    .map((l) =>
      l
        .replace(/^\s*->\s*/, "")
        .replace(/\s*\(actual.*$/, "")
        .trim(),
    );
  let entriesRead = 0;
  let inScan = false;
  for (const line of lines) {
    if (/^\s*(->|InitPlan)/.test(line)) inScan = TABLE_SCAN.test(line);
    if (!inScan) continue;
    entriesRead += Number(line.match(/actual rows=([\d.]+)/)?.[1] ?? 0);
    entriesRead += Number(line.match(/Rows Removed by (?:Filter|Index Recheck): (\d+)/)?.[1] ?? 0);
  }
  return { nodes: nodes.join(" → "), entriesRead };
}

/** First page, page 11 and the last page of one indicator's trail, each RUNS times. */
async function readTrail(db: TBenchDatabase, slug: string) {
  const ids = await entriesOf(db, slug);
  const indicatorId = (await db.prisma.indicator.findUniqueOrThrow({ where: { slug } })).id;
  const pages = [
    { page: 1, after: 0 },
    { page: DEEP_AFTER / PAGE + 1, after: DEEP_AFTER },
    { page: Math.ceil(ids.length / PAGE), after: Math.floor((ids.length - 1) / PAGE) * PAGE },
  ];
  const results = [];
  for (const { page, after } of pages) {
    // The cursor the workspace's "more" button holds there: the last id of the page before.
    const cursor = after > 0 ? ids[after - 1] : undefined;
    const call = () => listAudit(db.prisma, { indicatorSlug: slug, limit: PAGE, cursor });
    const check = await call();
    if (check.entries[0]?.id !== ids[after]) throw new Error(`${slug} page ${page}: wrong page`);
    const timing = await timeCalls(call);
    const explained = cursor
      ? await plan(db, CURSOR_SQL, [indicatorId, cursor])
      : await plan(db, FIRST_SQL, [indicatorId]);
    results.push({ page, after, ...timing, ...explained });
  }
  return { slug, entries: ids.length, pages: results };
}

async function measure(db: TBenchDatabase) {
  const fx = await fixture(db);
  const stages = [];
  let have: { rows: number; quotas: TQuotas } = { rows: 0, quotas: {} };
  for (const want of STAGES) {
    log(`audit: filling the table to ${want.rows} rows`);
    const { fillMs, analyzed } = await fill(db, fx, have, want);
    have = want;
    const trails = [];
    for (const slug of Object.keys(want.quotas)) {
      const trail = await readTrail(db, slug);
      log(
        `  ${slug} (${trail.entries} entries): p95 ${trail.pages.map((p) => `page ${p.page} ${p.p95?.toFixed(2)} ms`).join(", ")}`,
      );
      trails.push(trail);
    }
    stages.push({ rows: want.rows, fillMs, analyzed, trails });
  }
  return {
    indicators: INDICATORS,
    page: PAGE,
    warmup: WARMUP,
    runs: RUNS,
    target: TARGET,
    heavy: HEAVY,
    stages,
  };
}

await runChild({ prepare, measure });
