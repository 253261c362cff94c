import { spawn } from "node:child_process";
import { join } from "node:path";

export const REPO_ROOT = join(import.meta.dirname, "..", "..", "..");
const TSX = join(REPO_ROOT, "node_modules", ".bin", "tsx");

export type TCliResult = { code: number | null; stdout: string; stderr: string };

/**
 * Runs one of our CLIs as an operator would (`tsx packages/db/src/cli/<name>.ts`), with
 * stdin closed (not a TTY). The environment is the test's minus everything that could
 * point the CLI at real data or change its mode: only what `env` sets is passed on.
 */
export function runCli(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<TCliResult> {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(base)) {
    if (/^(NODE_ENV|AUTH_SECRET|NEXTAUTH_SECRET|DATABASE_URL|DATA_DIR|TEST_|VITEST)/.test(key)) {
      delete base[key];
    }
  }
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join("packages/db/src/cli", script), ...args], {
      cwd: REPO_ROOT,
      env: { ...base, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Non-empty lines, so a trailing newline does not count as a line. */
export function lines(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "");
}
