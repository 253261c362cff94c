// The registry these machines reach serves only some platforms' binary packages, so
// `npm install` leaves the other platforms' optional dependencies out of package-lock.json,
// and `npm ci` then refuses the lockfile as out of sync. This adds an entry for each missing
// optional dependency, with the os/cpu/libc its name announces, so `npm ci` skips it here
// and resolves it from the registry by version on a machine of that platform.
// Run after `npm install`: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./run.mjs";

const OS = {
  android: "android",
  darwin: "darwin",
  linux: "linux",
  win32: "win32",
  windows: "win32",
  freebsd: "freebsd",
};
const CPU = { arm64: "arm64", x64: "x64", 64: "x64", ia32: "ia32", arm: "arm" };

function platformOf(name) {
  const tokens = name.split("/").pop().split("-");
  const os = tokens.map((t) => OS[t]).find(Boolean);
  const cpu = tokens.map((t) => CPU[t]).find(Boolean);
  const libc = tokens.includes("musl") ? "musl" : tokens.includes("gnu") ? "glibc" : undefined;
  return os && cpu ? { os, cpu, libc } : undefined;
}

const file = join(root, "package-lock.json");
const lock = JSON.parse(readFileSync(file, "utf8"));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
    lock.packages[key] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os: [platform.os],
      cpu: [platform.cpu],
      ...(platform.libc ? { libc: [platform.libc] } : {}),
    };
    added.push(`${dep}@${version}`);
  }
}
const [rootEntry, ...rest] = Object.entries(lock.packages);
lock.packages = Object.fromEntries([rootEntry, ...rest.sort(([a], [b]) => (a < b ? -1 : 1))]);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added to the lockfile: ${added.join(", ")}` : "Lockfile complete.");
