import { resolveDatabaseConfig, type TDatabaseConfig } from "./config";
import { openSqlDriver } from "./driver";

/** True when the database answers a trivial query within the timeout. */
export async function databaseIsUp(
  config: TDatabaseConfig = resolveDatabaseConfig(),
  timeoutMs = 3000,
): Promise<boolean> {
  const driver = openSqlDriver(config);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([driver.query("SELECT 1").then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
