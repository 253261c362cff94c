// Small helpers shared by the npm scripts: run a command from node_modules/.bin and wait.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export function bin(name) {
  return join(root, "node_modules", ".bin", name);
}

/** Offline machines: telemetry would only slow things down and pollute logs. */
export const quietEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
  CHECKPOINT_DISABLE: "1",
};

/**
 * Runs a command with inherited output, or with its output written to `options.logFd` (an
 * open file descriptor); resolves with its exit code.
 */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? root,
      stdio: options.logFd === undefined ? "inherit" : ["ignore", options.logFd, options.logFd],
      env: { ...process.env, ...quietEnv, ...options.env },
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
  });
}
