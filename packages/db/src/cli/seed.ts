// npm run db:seed [-- --no-demo]: loads the seed content; safe to run again (it only adds what
// is missing). --no-demo leaves out the seed workshop's invented outcomes (and removes them
// if an earlier run added them); the derived indicators are recomputed either way.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../client";
import { ConfigError, resolveDatabaseConfig } from "../config";
import { closeShared } from "../driver";
import { seed } from "../seed";
import { printDemoAccounts } from "./print-demo-accounts";
import { runCli } from "./run-cli";

function readFlags(): { demo: boolean } {
  try {
    const { values } = parseArgs({ options: { "no-demo": { type: "boolean", default: false } } });
    return { demo: !values["no-demo"] };
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Usage: npm run db:seed [-- --no-demo]`);
  }
}

runCli(async () => {
  const { demo } = readFlags();
  const config = resolveDatabaseConfig();
  const prisma = createPrismaClient(config);
  const { demoAccounts } = await seed(prisma, {
    demoAccounts: config.kind === "pglite",
    database: config,
    demoWorkshopRecords: demo,
  });
  console.log(
    demo
      ? "Seed content loaded."
      : "Seed content loaded, without demo workshop records (removed if they were there).",
  );
  printDemoAccounts(demoAccounts);
  await prisma.$disconnect();
  await closeShared(config);
});
