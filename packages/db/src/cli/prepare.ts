// Run by `npm start` before the server: checks settings, migrates, seeds an empty database.
import { resolveAuthSecret } from "../auth-secret";
import { createPrismaClient } from "../client";
import { describeDatabase, resolveDatabaseConfig } from "../config";
import { cleanupStaleLoads } from "../datastore/load-cleanup";
import { closeShared, openSqlDriver } from "../driver";
import { applyMigrations } from "../migrations/apply";
import { databaseIsEmpty, seed } from "../seed";
import { resolveSecuritySettings, resolveUploadSettings } from "../settings";
import { printDemoAccounts } from "./print-demo-accounts";
import { runCli } from "./run-cli";

runCli(async () => {
  const config = resolveDatabaseConfig();
  resolveAuthSecret();
  resolveSecuritySettings();
  resolveUploadSettings();
  const driver = openSqlDriver(config);
  const applied = await applyMigrations(driver);
  if (applied.length) console.log(`Migrated ${describeDatabase(config)}: ${applied.join(", ")}`);
  // Dataset uploads a crash cut short: failed, their half-loaded tables dropped.
  const stale = await cleanupStaleLoads(config);
  if (stale.length)
    console.log(`Dataset uploads interrupted by a restart, marked failed: ${stale.length}`);
  const prisma = createPrismaClient(config);
  if (await databaseIsEmpty(prisma)) {
    const { demoAccounts } = await seed(prisma, {
      demoAccounts: config.kind === "pglite",
      database: config,
    });
    console.log("Empty database: seed content loaded.");
    printDemoAccounts(demoAccounts);
  }
  await prisma.$disconnect();
  await closeShared(config);
});
