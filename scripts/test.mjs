// npm test: lint, typecheck, unit, integration, build, end-to-end. Stops at the first failure.
import { bin, run } from "./run.mjs";

const steps = [
  ["lint and format", bin("biome"), ["check", "."]],
  ["typecheck", bin("turbo"), ["run", "typecheck", "--output-logs=errors-only"]],
  ["unit and integration tests", bin("vitest"), ["run"]],
  ["build", bin("turbo"), ["run", "build", "--filter=@lab/web", "--output-logs=errors-only"]],
  ["end-to-end tests", process.execPath, ["scripts/e2e.mjs"]],
];

const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const code = await run(command, args);
  if (code !== 0) {
    console.error(`\n✖ ${name} failed (exit ${code}).`);
    process.exit(code);
  }
}
console.log(`\n✔ All checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
