// A throwaway PostgreSQL database for the PG leg, via the stock psql client.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";

const adminUrl = process.env.BENCH_PG_ADMIN_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

function psql(sql) {
  return execFileSync("psql", [adminUrl, "-v", "ON_ERROR_STOP=1", "-qAtc", sql], {
    encoding: "utf8",
    stdio: "pipe",
  }).trim();
}

/** e.g. "PostgreSQL 15.8", for the report's labels. */
export function serverVersion() {
  return `PostgreSQL ${psql("SHOW server_version").split(" ")[0]}`;
}

/** Creates lab_bench_<random> and returns its name and URL. */
export function createDatabase() {
  const name = `lab_bench_${randomBytes(4).toString("hex")}`;
  try {
    psql(`CREATE DATABASE ${name}`);
  } catch (error) {
    throw new Error(`cannot create database ${name} at ${adminUrl}: ${error.stderr || error}`);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** Synchronous on purpose: also usable from signal handlers. FORCE drops leftover sessions. */
export function dropDatabase(name) {
  try {
    psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    return true;
  } catch (error) {
    console.error(`bench: could not drop database ${name}: ${error.stderr || error}`);
    return false;
  }
}
