import { databaseIsUp } from "@lab/db/health";

export type THealth = { status: "ok" | "error"; database: "ok" | "unreachable" };

export async function checkHealth(): Promise<THealth> {
  const up = await databaseIsUp();
  return up ? { status: "ok", database: "ok" } : { status: "error", database: "unreachable" };
}
