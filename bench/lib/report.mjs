// Turns the collected figures into bench/REPORT.md.
import { catalogSection } from "./catalog-search.mjs";
import { datastoreLoadSection } from "./datastore-load.mjs";
import { datastoreSection } from "./datastore-query.mjs";

const sec = (ms) => (ms / 1000).toFixed(2);
const ms1 = (v) => (v === undefined ? "n/a" : v.toFixed(1));
const avg = (l) => l.map((v) => v.toFixed(2)).join(" / ");
const mib = (kb) => (kb ? `${Math.round(kb / 1024)} MiB` : "n/a");

/** A Markdown table padded the way Biome formats Markdown, so lint passes as written. */
function table(head, rows) {
  const widths = head.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const met = (ok) => (ok === undefined ? "not measured" : ok ? "met" : "not met");
const kb = (v) => (v === undefined ? "n/a" : v.toFixed(1));

/** The goals of the dashboard issue ("Freshness and speed"), each figure against its goal. */
function goalRows({ load, frontend, freshness }, { connections, indicatorRoute, staticRoute }) {
  const rows = [];
  for (const db of [...new Set(load.map((r) => r.db))]) {
    const page = load.find((r) => r.db === db && r.route === indicatorRoute);
    const ref = load.find((r) => r.db === db && r.route === staticRoute);
    const ratio = page && ref?.rps ? page.rps / ref.rps : undefined;
    rows.push([
      `Indicator page throughput ÷ static file, ${connections} connections (${db})`,
      ratio === undefined ? "n/a" : ratio.toFixed(2),
      "≥ 0.5",
      met(ratio === undefined ? undefined : ratio >= 0.5),
    ]);
    rows.push([
      `Indicator page p95 latency (${db})`,
      page ? `${ms1(page.p95)} ms` : "n/a",
      "none (tracked)",
      "—",
    ]);
  }
  for (const js of frontend?.js ?? []) {
    rows.push([
      `First-load JS \`${js.route}\` (gzip)`,
      js.error ? `error: ${js.error}` : `${kb(js.gzipKb)} KB`,
      "≤ 150 KB",
      met(js.error ? undefined : js.gzipKb <= 150),
    ]);
  }
  for (const lh of frontend?.lighthouse ?? []) {
    rows.push([
      `Lighthouse performance \`${lh.route}\` (mobile)`,
      lh.error ? `error: ${lh.error}` : String(lh.performance),
      "≥ 95",
      met(lh.error ? undefined : lh.performance >= 95),
    ]);
    rows.push([
      `Lighthouse accessibility \`${lh.route}\``,
      lh.error ? `error: ${lh.error}` : String(lh.accessibility),
      "100",
      met(lh.error ? undefined : lh.accessibility === 100),
    ]);
  }
  rows.push([
    "Freshness: commit on instance A → value on instance B (median)",
    freshness?.median === undefined
      ? freshness?.error
        ? `error: ${freshness.error}`
        : "n/a"
      : `${(freshness.median / 1000).toFixed(3)} s`,
    "≤ 5 s",
    met(freshness?.median === undefined ? undefined : freshness.median <= 5000),
  ]);
  return rows;
}

/** The sections of the `server` part: machine, goals, start, load, first-load JS, Lighthouse. */
function serverSections(results, opts) {
  const { machine: m, starts, load, rss, frontend, freshness, staticBytes } = results;
  const { connections, warmup, duration, skipPostgres } = opts;
  const { indicatorRoute, staticRoute, lighthouseRuns } = opts;
  const cold = starts.filter((s) => s.kind === "cold").map((s) => s.ms);
  const sorted = [...cold].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const what = {
    cold: "empty embedded DB, fresh DATA_DIR (migrate + seed)",
    warm: "embedded DB kept from cold start 3 (nothing to migrate)",
    pg: "empty PostgreSQL DB (migrate + seed); for information",
  };

  return `## Machine

- CPU: ${m.cpu} × ${m.cores}
- Memory: ${m.memGiB.toFixed(1)} GiB
- Node: ${m.node}
- Date: ${m.date}
- Commit: ${m.commit}${m.dirty ? " (working tree has uncommitted changes)" : ""}
- Load average (1/5/15 min): ${avg(m.loadavg)} at start, ${avg(m.loadavgEnd)} at end

## Goals

Figures against the goals of the public indicators dashboard ("Freshness and speed"). They are
reported, never enforced: the bench does not fail on a goal. The throughput ratio sets a
public page as anonymous visitors get it (from the page cache, which every published change
empties on every instance; see ARCHITECTURE.md) against a file sent from disk; first-load JS
counts every chunk the page's HTML references at load (the chart library is fetched after).

${table(["Figure", "Value", "Goal", "Status"], goalRows(results, opts))}

## Start time

Time from spawning \`node scripts/start.mjs\` (exactly what \`npm start\` runs: cached
\`turbo run build\` check, migrate + seed, \`node apps/web/server.mjs\`) to the first 200 from \`/\`,
polled every 50 ms. The tree is built beforehand, untimed; "turbo cache" shows what the
start's own build check found (anything short of all-cached means it rebuilt). Peak RSS is
VmHWM of the web server process (\`node server.mjs\`) right after the first 200.

${table(
  ["Run", "Database", "Time to first 200 (s)", "Turbo cache", "Peak RSS"],
  starts.map((s) => [s.label, what[s.kind], sec(s.ms), s.turboCache ?? "n/a", mib(s.rssKb)]),
)}

Cold start over ${cold.length} runs (fresh DATA_DIR each): **min ${sec(sorted[0])} s,
median ${sec(median)} s, max ${sec(sorted.at(-1))} s**.

## Load

autocannon, ${connections} connections, ${warmup} s warm-up (discarded) then ${duration} s
measured, per route. Requests/s is autocannon's mean of per-second samples. Latency
percentiles (p50/p95/p99) are nearest-rank over every response time autocannon reported
(its \`response\` event), since its summary has no p95. Errors include timeouts (10 s).

${table(
  [
    "Database",
    "Route",
    "Req/s (mean)",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "Non-2xx",
    "Errors (timeouts)",
  ],
  load.map((r) => [
    r.db,
    `\`${r.route}\`${r.route === staticRoute ? " (static)" : ""}`,
    r.rps.toFixed(1),
    ms1(r.p50),
    ms1(r.p95),
    ms1(r.p99),
    String(r.non2xx),
    `${r.errors} (${r.timeouts})`,
  ]),
)}

\`${staticRoute}\` is the throughput reference: the HTML of \`${indicatorRoute}\` saved as a
static file (${staticBytes ?? "n/a"} bytes) in \`apps/web/public\` for the run, served by the
same server. Bytes per response (headers included) were
${load.map((r) => `${r.db} \`${r.route}\` ${Math.round(r.bytesPerResponse ?? 0)}`).join("; ")}.

Anonymous page requests are answered from the page cache after the first render (finished
HTML in memory, emptied through the change bus on any published change; see "The page cache"
in ARCHITECTURE.md), so the page figures measure the cache's hit path, as citizens get it.

Peak RSS (VmHWM of the web server process) at the end of each load leg:

${table(
  ["Leg", "Peak RSS"],
  rss.map((r) => [r.db, mib(r.kb)]),
)}
${skipPostgres ? "\nPostgreSQL leg skipped (BENCH_SKIP_POSTGRES=1).\n" : ""}
## First-load JavaScript

Every \`<script src>\` under \`/_next/static\` in the HTML the warm embedded server returns
(\`noModule\` polyfills excluded: current browsers skip them), each compressed with zlib gzip
level 9, summed.

${table(
  ["Route", "Scripts", "Raw KB", "Gzip KB"],
  (frontend?.js ?? []).map((j) =>
    j.error
      ? [`\`${j.route}\``, "error", j.error, "n/a"]
      : [`\`${j.route}\``, String(j.scripts), kb(j.rawKb), kb(j.gzipKb)],
  ),
)}

## Lighthouse

Lighthouse's default mobile preset (simulated throttling), Debian's Chromium headless, against
the warm embedded server; median of ${lighthouseRuns} runs, each in a fresh browser.

${table(
  ["Route", "Performance", "Accessibility", "Performance per run"],
  (frontend?.lighthouse ?? []).map((l) =>
    l.error
      ? [`\`${l.route}\``, "error", "error", l.error]
      : [
          `\`${l.route}\``,
          String(l.performance),
          String(l.accessibility),
          l.runs.performance.join(", "),
        ],
  ),
)}

## Freshness across instances

Two \`npm start\` instances on the PostgreSQL leg's database. Each run loads
\`${indicatorRoute}\` on instance B twice (so B serves it from memory), records a new value
through instance A's tRPC endpoint as a signed-in editor, then polls B's page every
${freshness?.pollMs ?? "n/a"} ms until it shows the value. The clock starts when A answers the
mutation (its transaction, and the bus announcement in it, have committed), so each figure
includes one render of B's page.

${
  freshness?.samples
    ? `Runs (s): ${freshness.samples.map((v) => (v / 1000).toFixed(3)).join(", ")}; **median ${(freshness.median / 1000).toFixed(3)} s**.`
    : skipPostgres
      ? "Not measured: it needs PostgreSQL (BENCH_SKIP_POSTGRES=1)."
      : `Not measured: ${freshness?.error ?? "unknown error"}.`
}
`;
}

// ---------------------------------------------------------------------------------------------
// The data parts (`import`, `audit`): each section says when and where it was measured, since
// a partial run (BENCH_ONLY) refreshes it without the rest of the report.

const int = (n) => n.toLocaleString("en-US");
const s2 = (ms) => (ms === undefined ? "n/a" : (ms / 1000).toFixed(2));
const ms2 = (v) => (v === undefined ? "n/a" : v.toFixed(2));

function provenance({ machine: m, legs }) {
  const loads = legs.map((l) => `${l.db} ${avg(l.loadavg)} → ${avg(l.loadavgEnd)}`).join("; ");
  return `Measured ${m.date} at commit ${m.commit}${m.dirty ? " (working tree has uncommitted changes)" : ""}, ${m.cpu} × ${m.cores}, Node ${m.node}. Load average (1/5/15 min) at the start → end of each leg: ${loads}.`;
}

function importSection(part) {
  const ok = part.legs.filter((l) => !l.error);
  const first = ok[0];
  const rows = first?.rows ?? 50_000;
  const head = [
    "Database",
    "Files",
    "Preview (s)",
    "Apply (s)",
    "Publish (s)",
    "Total (s)",
    "Rows/s",
    "RSS before",
    "Peak RSS",
    "csv-parse (s)",
    "Total ÷ parse",
  ];
  const body = part.legs.map((l) =>
    l.error
      ? [l.db, `error: ${l.error}`, ...head.slice(2).map(() => "n/a")]
      : [
          l.db,
          String(l.files.length),
          s2(l.previewMs),
          s2(l.applyMs),
          s2(l.publishMs),
          s2(l.totalMs),
          Math.round(l.rowsPerSecond).toString(),
          mib(l.baselineRssKb),
          `${mib(l.peakRssKb)}${l.peakReset ? "" : " (whole process)"}`,
          (l.parseMs / 1000).toFixed(3),
          Math.round(l.totalMs / l.parseMs).toString(),
        ],
  );
  const perFile = ok
    .map((l) => `${l.db} ${l.files.map((f) => `${s2(f.previewMs)} / ${s2(f.applyMs)}`).join(", ")}`)
    .join("; ");
  return `## Observation import

${provenance(part)}

${int(rows)} observations into one indicator (monthly, by comuna: 21 places × ${int(Math.ceil(rows / 21))}
months from 01/1900, created for the bench), through the services the workspace calls:
\`previewImport\` on the file, \`applyImport\` with the confirmed preview (drafts and one audit
entry per row, in one transaction), then one \`publishDrafts\` by an admin (the observations and
one audit entry per value). The files are what Excel in Spanish saves as "CSV (delimitado por
comas)": Windows-1252, \`;\`, CRLF, decimal comma with \`.\` thousands, \`mm/aaaa\`, comunas by
number and name, \`sí\`/\`no\`, some quoted notes. A file may hold at most
${int(first?.maxRowsPerFile ?? 100_000)} data rows (\`IMPORT_MAX_ROWS\`): the rows go in as
${first?.files.length ?? "n/a"} file(s) (${int(first?.bytes ?? 0)} bytes in all), previewed then applied, and are
published once. The import route's apply request runs the preview again before
\`applyImport\`, so an official waits about two previews and an apply per file.

Each database runs in a child process of its own (\`bench/lib/import-bench.ts\`) on a fresh
database, migrated and seeded beforehand by another process (as \`npm start\` prepares the
database before the web server opens it). "RSS before" is the process's resident memory with
the database open; "Peak RSS" its VmHWM from then to the end of the publication (reset through
\`/proc/self/clear_refs\`). On PGlite both include the embedded database; PostgreSQL's own
processes are not counted. The reference is csv-parse alone parsing the same text in the same
process (median of 5); "Total ÷ parse" is how many such parses the whole import costs.

${table(head, body)}

Per file, preview / apply (s): ${perFile || "n/a"}.
`;
}

// Short names for the plans PostgreSQL picks for a page, by the scan they use.
function scanOf(nodes = "") {
  if (/Index Scan Backward/.test(nodes)) return "index, newest first";
  if (/Bitmap Heap Scan/.test(nodes)) return "bitmap, then sort";
  if (/Seq Scan/.test(nodes)) return "whole table, then sort";
  return "other";
}

function auditSection(part) {
  const ok = part.legs.filter((l) => !l.error);
  const first = ok[0];
  const head = [
    "Database",
    "Rows in table",
    "Indicator (its entries)",
    "Page",
    "p50 ms",
    "p95 ms",
    "Max ms",
    "Plan",
    "Entries read",
  ];
  const body = [];
  const ratios = [];
  const plans = new Set();
  for (const leg of part.legs) {
    if (leg.error) {
      body.push([leg.db, `error: ${leg.error}`, ...head.slice(2).map(() => "n/a")]);
      continue;
    }
    for (const stage of leg.stages) {
      for (const trail of stage.trails) {
        for (const p of trail.pages) {
          plans.add(p.nodes);
          body.push([
            leg.db,
            int(stage.rows),
            `${trail.slug === leg.target ? "target" : "heavy"} (${int(trail.entries)})`,
            String(p.page),
            ms2(p.p50),
            ms2(p.p95),
            ms2(p.max),
            scanOf(p.nodes),
            int(p.entriesRead),
          ]);
        }
      }
    }
    // The reference: the same pages of the same indicator when the table held 1,000 rows.
    const [small, big] = leg.stages.map((s) => s.trails.find((t) => t.slug === leg.target));
    for (const page of [1, 11]) {
      const a = small?.pages.find((p) => p.page === page)?.p95;
      const b = big?.pages.find((p) => p.page === page)?.p95;
      ratios.push([leg.db, String(page), ms2(a), ms2(b), a && b ? (b / a).toFixed(2) : "n/a"]);
    }
  }
  const analyzed = ok.map(
    (l) =>
      `${l.db} ${l.stages.every((s) => s.analyzed) ? "ANALYZEd after each fill" : "never ANALYZEd"}`,
  );
  const [small, big] = first?.stages ?? [];
  return `## Audit trail query

${provenance(part)}

\`listAudit\` (behind \`audit.forIndicator\` and the admin audit page) reading one indicator's
trail ${first?.page ?? 50} entries at a time, newest first: the first page, page 11 (through the
cursor the "more" button holds after 500 entries) and the last page. First on a table of
${int(small?.rows ?? 1000)} audit rows, ${int(small?.trails[0]?.entries ?? 600)} of them the target indicator's (the reference), then
after filling it to ${int(big?.rows ?? 100_000)} rows over ${first?.indicators ?? 50} indicators, 10 people and two
years: ${int(big?.trails[0]?.entries ?? 2000)} the target's, ${int(big?.trails[1]?.entries ?? 50_000)} a "heavy" indicator's (what an import of
25,000 rows and its publication leave behind) and the rest spread over the others. Statistics
as each database has them in use: PostgreSQL's autovacuum analyzes a table within a minute or
so of such a change, while PGlite runs no autovacuum and the app never runs ANALYZE (${analyzed.join("; ")}).
${first?.warmup ?? "n/a"} warm-up calls, then ${first?.runs ?? "n/a"} timed calls one after another, per page; a time is
the whole service call from Node (Prisma's three queries: the indicator by slug, the page, the
people named on it), nearest-rank percentiles. One child process per database
(\`bench/lib/audit-bench.ts\`).

${table(head, body)}

"Plan" and "Entries read" (rows the scan of the table produced or filtered out) come from
\`EXPLAIN ANALYZE\` of the SQL Prisma sends. Prisma writes the cursor as an OR of comparisons
with the cursor's row, which PostgreSQL cannot use as the start of an index range: it reads
the indicator's entries from the newest and drops those above the cursor, or reads all those
below it and sorts them. Plans seen: ${[...plans].map((nodes) => `${scanOf(nodes)}, \`${nodes}\``).join("; ") || "n/a"}.

The same indicator's pages with 100,000 rows in the table against 1,000 (p95):

${table(["Database", "Page", "p95, 1,000 rows (ms)", "p95, 100,000 rows (ms)", "Ratio"], ratios)}
`;
}

// ---------------------------------------------------------------------------------------------
// The `board` part (bench/lib/board-load.mjs): the live board's load across two instances.

const BOARD_LATENCY_GOAL_MS = 300;
const range = ([min, max]) => `${min}–${max} s`;
const msOrNa = (v) => (v === undefined ? "n/a" : `${Math.round(v)} ms`);
const failures = (counts) =>
  Object.entries(counts)
    .map(([reason, n]) => `${n} × ${reason}`)
    .join(", ") || "none";

function boardGoalRows(phases) {
  const rows = [];
  for (const p of phases) {
    if (p.error) {
      rows.push([`${p.label}: not measured`, `error: ${p.error}`, "—", "not measured"]);
      continue;
    }
    const name = p.restart ? "instance B restarted mid-way" : "steady";
    const latency = p.restart ? p.latencyOutsideOutageMs : p.latencyMs;
    rows.push([
      `Note latency p95, POST → every other participant (${name}${p.restart ? ", outside the outage" : ""})`,
      msOrNa(latency.p95),
      `≤ ${BOARD_LATENCY_GOAL_MS} ms`,
      met(latency.p95 === undefined ? undefined : latency.p95 <= BOARD_LATENCY_GOAL_MS),
    ]);
    rows.push([`Events lost (${name})`, int(p.delivery.lost), "0", met(p.delivery.lost === 0)]);
    rows.push([
      `Events duplicated (${name})`,
      int(p.delivery.duplicates),
      "0",
      met(p.delivery.duplicates === 0),
    ]);
  }
  return rows;
}

/** What happened around instance B's restart, in one paragraph. */
function restartParagraph(p, downSeconds) {
  const o = p.outage;
  const r = p.reconnections;
  const x = p.latencyOutsideOutageMs;
  const where = Object.entries(r.reopenedOn).map(([on, n]) => `${on} ${int(n)}`);
  return [
    `**Instance B restarted** ${p.seconds / 2} s into the phase: SIGTERM to its \`npm start\` (gone ${s2(o.stopMs)} s later), ${downSeconds} s down${downSeconds > 2 ? " (a restart window longer than the stream's 2 s `retry:`)" : ""}, then \`npm start\` again on the same port (no build; migrations checked); B answered \`/\` again ${s2(o.downMs)} s after the SIGTERM.`,
    "The bench's load balancer sends each request to the participant's own instance first and, when that one refuses the connection, to the other; a stream stays where it reconnected, as long-lived connections do behind a balancer.",
    `${int(r.participants)} participants lost their stream (${int(r.drops)} drops; streams broken and requests for one failed: ${failures(r.failures)}).`,
    `They reopened it on ${where.join(", ") || "n/a"} (requests per reconnection: median ${r.attempts.p50 ?? "n/a"}, max ${r.attempts.max ?? "n/a"}), p50 ${msOrNa(r.ms.p50)}, p95 ${msOrNa(r.ms.p95)}, max ${msOrNa(r.ms.max)} after noticing the loss (the 2 s \`retry:\` included), and got what they had missed by replay from their last id.`,
    `The outage, from the SIGTERM until B answered and the last participant had reconnected, lasted ${s2(o.ms)} s.`,
    `Latency of every pair: p50 ${ms1(p.latencyMs.p50)}, p95 ${ms1(p.latencyMs.p95)}, p99 ${ms1(p.latencyMs.p99)} ms; of the ${int(x.count)} pairs whose note was neither posted nor received during the outage: p50 ${ms1(x.p50)}, p95 ${ms1(x.p95)}, p99 ${ms1(x.p99)} ms.`,
    `Note POSTs: p99 ${ms1(p.postMs.p99)} ms, max ${ms1(p.postMs.max)} ms (the restarted B loads its routes on its first requests); failed: ${failures(p.notes.failures)}; hand requests failed: ${int(p.hands.failed)}.`,
  ].join(" ");
}

function boardSection(board) {
  const m = board.machine;
  const head = `## Live board

Measured ${m.date} at commit ${m.commit}${m.dirty ? " (working tree has uncommitted changes)" : ""}, ${m.cpu} × ${m.cores}, Node ${m.node}.`;
  if (board.skipped) return `${head}\n\nNot measured: it needs PostgreSQL (${board.skipped}).\n`;
  if (board.error) {
    return `${head} Load average (1/5/15 min) at the start: ${avg(board.loadavg)}.\n\nNot measured: ${board.error}\n`;
  }
  const b = board.behaviour;
  const ok = board.phases.filter((p) => !p.error);
  const restart = ok.find((p) => p.restart);
  const lines = [
    `${head} Load average (1/5/15 min) at the start → end of each phase's load: ${ok.map((p) => `${p.label} ${avg(p.loadavg)} → ${avg(p.loadavgEnd)}`).join("; ")}.`,
    "",
    `${int(board.participants)} participants on one board, served by two \`npm start\` instances (A and B) on one ${board.db} database, half of the participants on each. Their accounts were created through the sign-up procedure (\`participants.register\`) and signed in through next-auth's credentials flow (${s2(board.setupMs)} s for all, 8 at a time). Each participant joins the board and follows its event stream (\`/api/board/{code}/events\`) as a browser's EventSource does, over fetch: every event id and its arrival time recorded, and after a lost stream a new request after the server's \`retry:\` time with the last id received as \`Last-Event-ID\`. Each posts a note every ${range(b.noteEveryS)} (the first within 20 s; the server allows one per 3 s), and raises a hand ${range(b.handFirstS)} into the phase, lowers it ${range(b.handHeldS)} later, raises it again ${range(b.handAgainS)} after that. Every phase runs ${board.seconds} s on a board of its own, then the moderator closes the session; its \`session.closed\` event is the log's last.`,
    "",
    "**Latency** of a note: its arrival at each other participant minus the start of its POST (both on the load generator's clock), over every (note, receiver) pair, nearest-rank percentiles. **Lost**: events of the session's log (one fresh replay from the first event by the admin after the closing) that a participant never received; **duplicated**: ids a participant received twice (here every event is visible to everyone: no hidden tallies). All the participants run in the bench's own Node process, next to the servers and PostgreSQL on the same cores; its event-loop delay (how late a 10 ms timer fired) and CPU time (below) say how much of each latency is the generator's.",
    "",
    table(["Figure", "Value", "Goal", "Status"], boardGoalRows(board.phases)),
    "",
    table(
      [
        "Phase",
        "Notes (in log)",
        "Events",
        "Pairs",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "Max ms",
        "Lost",
        "Dup.",
        "Out of order",
        "POST p50 / p95 ms",
      ],
      ok.map((p) => [
        p.restart ? "B restarted" : "steady",
        `${int(p.notes.answered)} (${int(p.notes.inLog)})`,
        int(p.events),
        int(p.latencyMs.count),
        ms1(p.latencyMs.p50),
        ms1(p.latencyMs.p95),
        ms1(p.latencyMs.p99),
        ms1(p.latencyMs.max),
        int(p.delivery.lost),
        int(p.delivery.duplicates),
        int(p.delivery.outOfOrder),
        `${ms1(p.postMs.p50)} / ${ms1(p.postMs.p95)}`,
      ]),
    ),
    "",
  ];
  if (restart) lines.push(restartParagraph(restart, board.downSeconds), "");
  const memoryRows = [];
  const pct = (v) => (v === undefined ? "n/a" : `${v.toFixed(0)} %`);
  for (const p of ok) {
    const phaseName = p.restart ? "B restarted" : "steady";
    const server = (label) => p.usage.servers.find((sv) => sv.label === label) ?? {};
    const row = (label, name, peakKb) => {
      const sv = server(label);
      const peak = `${mib(peakKb)}${sv.peakReset === false ? " (since its start)" : ""}`;
      memoryRows.push([phaseName, name, mib(sv.rssStartKb), peak, pct(sv.cpuPct)]);
    };
    row("A", "A", p.rss.a);
    row("B", p.restart ? "B, until stopped" : "B", p.rss.b);
    if (p.restart) row("B (restarted)", "B, restarted", p.rss.bRestarted);
    const d = p.usage.eventLoopDelayMs;
    memoryRows.push([
      phaseName,
      `load generator (event-loop delay p50 ${ms1(d.p50)} / p99 ${ms1(d.p99)} / max ${ms1(d.max)} ms)`,
      "—",
      "—",
      pct(p.usage.generatorCpuPct),
    ]);
  }
  lines.push(
    "Memory of each instance's web server process (`node server.mjs`): its RSS when the phase's load began (for the restarted B, when it answered again), and its peak RSS (VmHWM, reset at that moment through `/proc/<pid>/clear_refs`) at the end of the load (for B until stopped: just before the SIGTERM); CPU time over the load as a share of one core (2 cores in all):",
    "",
    table(["Phase", "Process", "RSS at start", "Peak RSS", "CPU"], memoryRows),
    "",
  );
  for (const p of ok) {
    const notSettled = p.settled
      ? ""
      : " Not every participant had received the closing within a minute.";
    lines.push(
      `${p.restart ? "B restarted" : "Steady"}: ${int(p.notes.attempted)} notes tried, ${int(p.notes.answered)} answered, ${int(p.hands.ok)} hand requests; closing the session (notes → contributions, joins → attendance) took ${s2(p.closeMs)} s.${notSettled} Events by type: ${Object.entries(
        p.eventsByType,
      )
        .map(([t, n]) => `${t} ${int(n)}`)
        .join(", ")}.`,
    );
  }
  for (const p of board.phases.filter((ph) => ph.error)) {
    lines.push(`${p.label}: not measured — ${p.error}`);
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** Renders REPORT.md from what ran: the server part, the import part, the audit part. */
export function report(results, opts) {
  return [
    `# Benchmark report

Generated by \`npm run bench\` (bench/run.mjs). It measures how long \`npm start\` takes to
serve its first page, how the built server behaves under load, how long a bulk import of
observations takes and how fast one indicator's audit trail reads, on the embedded PGlite
database and on PostgreSQL. The figures are for tracking changes over time on the same
machine, not a pass/fail gate: this machine is shared and noisy, and the load generator runs
on the same cores as the server.
`,
    results.starts ? serverSections(results, opts) : "",
    results.import ? importSection(results.import) : "",
    results.audit ? auditSection(results.audit) : "",
    results.catalog ? catalogSection(results.catalog) : "",
    results.datastore ? datastoreSection(results.datastore) : "",
    results.upload ? datastoreLoadSection(results.upload) : "",
    results.board ? boardSection(results.board) : "",
  ]
    .filter(Boolean)
    .join("\n");
}

// Which part wrote a section, by its heading; every other section is the server part's.
const SECTION_PARTS = {
  "Observation import": "import",
  "Audit trail query": "audit",
  "Catalog search": "catalog",
  "Datastore queries": "datastore",
  "Datastore upload": "upload",
  "Live board": "board",
};
const partOf = (title) => SECTION_PARTS[title] ?? "server";

/** A report split at its "## " headings: the text before the first, then each section. */
function sections(markdown) {
  const [preamble = "", ...rest] = markdown.split(/^(?=## )/m);
  return {
    preamble,
    list: rest.map((text) => ({ title: text.slice(3, text.indexOf("\n")).trim(), text })),
  };
}

/**
 * REPORT.md after a partial run: the sections of the parts that ran from `fresh`, the others'
 * as they were in `previous`, in the usual order (server, import, audit).
 */
export function mergeReport(previous, fresh, ran) {
  const before = sections(previous);
  const now = sections(fresh);
  const of = (part) =>
    (ran.has(part) ? now : before).list.filter((section) => partOf(section.title) === part);
  const body = ["server", "import", "audit", "catalog", "datastore", "upload", "board"]
    .flatMap(of)
    .map((s) => s.text.trimEnd());
  return `${[now.preamble.trimEnd(), ...body].join("\n\n")}\n`;
}
