// npm run db:seed: loads the seed content; safe to run again (it only adds what is missing).
import { createPrismaClient } from "../client";
import { resolveDatabaseConfig } from "../config";
import { closeShared } from "../driver";
import { seed } from "../seed";
import { printDemoAccounts } from "./print-demo-accounts";
import { runCli } from "./run-cli";

runCli(async () => {
  const config = resolveDatabaseConfig();
  const prisma = createPrismaClient(config);
  const { demoAccounts } = await seed(prisma, {
    demoAccounts: config.kind === "pglite",
    database: config,
  });
  console.log("Seed content loaded.");
  printDemoAccounts(demoAccounts);
  await prisma.$disconnect();
  await closeShared(config);
});
