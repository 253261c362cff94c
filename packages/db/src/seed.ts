import type { TDatabaseConfig } from "./config";
import type { PrismaClient } from "./generated/prisma/client";
import { seedDatasets } from "./seed/datasets";
import { seedIndicators } from "./seed/indicators";
import { seedLessons } from "./seed/lessons";
import { seedDemoUsers, type TDemoAccount } from "./seed/users";
import { seedWorkshop } from "./seed/workshop";
import { removeWorkshopDemo, seedWorkshopDemo } from "./seed/workshop-demo";
import { seedWorkshopIndicators } from "./seed/workshop-indicators";

export type TSeedOptions = {
  demoAccounts: boolean;
  /**
   * The database the client is on: the datastore loader writes the seed datasets' rows through
   * its own connection. Without it, no datasets are seeded (tests that do not need them).
   */
  database?: TDatabaseConfig;
  /**
   * The invented outcomes of the seed workshop (institutions, attendees, contributions,
   * capacity map, alliances: all flagged isDemo) that show what a results page looks like.
   * Default true; false (`npm run db:seed -- --no-demo`) removes any already there.
   */
  demoWorkshopRecords?: boolean;
};

/** The whole seed, idempotent. Tests call the same functions to build their fixtures. */
export async function seed(
  prisma: PrismaClient,
  options: TSeedOptions,
): Promise<{ demoAccounts: TDemoAccount[] }> {
  await seedIndicators(prisma);
  const workshopId = await seedWorkshop(prisma);
  if (options.demoWorkshopRecords ?? true) await seedWorkshopDemo(prisma, workshopId);
  else await removeWorkshopDemo(prisma);
  // After the workshop's records: the participation indicators are computed from them.
  await seedWorkshopIndicators(prisma);
  // After the indicators (offices, related indicators) and the workshop (its attendance).
  if (options.database) await seedDatasets(prisma, options.database);
  // Lessons point at indicators and datasets but do not need them to be stored.
  await seedLessons(prisma);
  // After the indicators: demo accounts join the offices seedIndicators creates.
  const demoAccounts = options.demoAccounts ? await seedDemoUsers(prisma) : [];
  return { demoAccounts };
}

export async function databaseIsEmpty(prisma: PrismaClient): Promise<boolean> {
  const [indicators, users] = await Promise.all([prisma.indicator.count(), prisma.user.count()]);
  return indicators === 0 && users === 0;
}
