// npm start: build the app (Turborepo caches it), migrate and seed the database, serve it.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { bin, quietEnv, root, run } from "./run.mjs";

const port = process.env.PORT || "3000";
const env = {
  ...quietEnv,
  NODE_ENV: "production",
  PORT: port,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
};

if (process.env.SKIP_BUILD !== "1") {
  const built = await run(
    bin("turbo"),
    ["run", "build", "--filter=@lab/web", "--output-logs=errors-only"],
    { env },
  );
  if (built !== 0) process.exit(built);
}

// Migrations, settings and seed are checked before the server starts: a wrong setting
// stops here with one line, and the server never runs on a half-migrated database.
const prepared = await run(bin("tsx"), [join(root, "packages/db/src/cli/prepare.ts")], { env });
if (prepared !== 0) process.exit(prepared);

const server = spawn(process.execPath, ["server.mjs"], {
  cwd: join(root, "apps/web"),
  stdio: "inherit",
  env: { ...process.env, ...env },
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
