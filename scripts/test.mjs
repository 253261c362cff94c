// npm test: lint, typecheck, unit and integration tests (with the production build running
// meanwhile: the tests wait on their databases often enough to leave it room), end-to-end.
// Stops at the first failure, and ends with one "N passed, N failed" line over every test
// that ran.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { bin, root, run } from "./run.mjs";

const reports = join(root, "test-results", "summary");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestReport = join(reports, "vitest.json");
const playwrightReport = join(reports, "playwright.json");

const buildLog = join(reports, "build.log");

/** A step: [name, command, args, env?]; `alongside`, a step run at the same time, logged. */
const steps = [
  ["lint and format", bin("biome"), ["check", "."]],
  ["typecheck", bin("turbo"), ["run", "typecheck", "--output-logs=errors-only"]],
  ["typecheck tests", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]],
  [
    "unit and integration tests",
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
    {},
    {
      alongside: [
        "build",
        bin("turbo"),
        ["run", "build", "--filter=@lab/web", "--output-logs=errors-only"],
      ],
    },
  ],
  [
    "end-to-end tests",
    process.execPath,
    ["scripts/e2e.mjs"],
    { PLAYWRIGHT_JSON: playwrightReport },
  ],
];

/** Passed and failed counts from the Vitest and Playwright JSON reports that exist. */
function tally() {
  let passed = 0;
  let failed = 0;
  if (existsSync(vitestReport)) {
    const v = JSON.parse(readFileSync(vitestReport, "utf8"));
    passed += v.numPassedTests ?? 0;
    failed += v.numFailedTests ?? 0;
  }
  // scripts/e2e.mjs writes a second report for the two-instance PostgreSQL suite.
  for (const report of [playwrightReport, playwrightReport.replace(/\.json$/, "-postgres.json")]) {
    if (!existsSync(report)) continue;
    const p = JSON.parse(readFileSync(report, "utf8"));
    passed += p.stats?.expected ?? 0;
    failed += (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0);
  }
  return { passed, failed };
}

/** Runs one step, timed; its output goes to `logFile` when given. */
async function runStep([name, command, args, env], logFile) {
  const stepStarted = Date.now();
  const logFd = logFile ? openSync(logFile, "w") : undefined;
  try {
    return { name, code: await run(command, args, { env, logFd }) };
  } finally {
    if (logFd !== undefined) closeSync(logFd);
    console.log(`  (${name}: ${Math.round((Date.now() - stepStarted) / 1000)} s)`);
  }
}

function fail({ name, code }) {
  const { passed, failed } = tally();
  console.error(`\n✖ ${name} failed (exit ${code}).`);
  console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
  process.exit(code);
}

const started = Date.now();
for (const [name, command, args, env, options] of steps) {
  const other = options?.alongside;
  console.log(other ? `\n▶ ${name}, and ${other[0]} meanwhile (${buildLog})` : `\n▶ ${name}`);
  const [result, otherResult] = await Promise.all([
    runStep([name, command, args, env]),
    other ? runStep(other, buildLog) : undefined,
  ]);
  if (result.code !== 0) fail(result);
  if (otherResult && otherResult.code !== 0) {
    console.error(readFileSync(buildLog, "utf8"));
    fail(otherResult);
  }
}
const { passed, failed } = tally();
console.log(`\n✔ All checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(`${passed} passed, ${failed} failed`);
