// npm run db:migrate: applies pending migrations (deploy semantics) to the configured database.
import { describeDatabase, resolveDatabaseConfig } from "../config";
import { openSqlDriver } from "../driver";
import { applyMigrations } from "../migrations/apply";
import { runCli } from "./run-cli";

runCli(async () => {
  const config = resolveDatabaseConfig();
  const driver = openSqlDriver(config);
  const applied = await applyMigrations(driver);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${describeDatabase(config)}: ${applied.join(", ")}`
      : `No pending migrations on ${describeDatabase(config)}.`,
  );
  await driver.close();
});
