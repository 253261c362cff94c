// Runs `prisma generate` offline. The CLI downloads its native schema engine before
// generating but never uses it to generate, so any existing file satisfies the check.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "packages/db/package.json"));
const cli = join(dirname(require.resolve("prisma/package.json")), "build/index.js");

const result = spawnSync(process.execPath, [cli, "generate", "--no-hints"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
