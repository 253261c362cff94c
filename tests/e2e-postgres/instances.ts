// Two app instances on one PostgreSQL database, as behind a load balancer. scripts/e2e.mjs
// creates the database (E2E_DATABASE_URL) and drops it afterwards.
const base = Number(process.env.E2E_PORT ?? 3100);

export const INSTANCE_A = `http://localhost:${base + 1}`;
export const INSTANCE_B = `http://localhost:${base + 2}`;

export function databaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) {
    throw new Error(
      "tests/e2e-postgres needs E2E_DATABASE_URL: run it through scripts/e2e.mjs with TEST_DATABASE_URL set",
    );
  }
  return url;
}
