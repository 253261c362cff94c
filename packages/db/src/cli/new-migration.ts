// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
import { createMigration } from "../migrations/create";
import { runCli } from "./run-cli";

runCli(async () => {
  const name = process.argv.slice(2).join("_");
  const folder = await createMigration(name);
  console.log(
    folder
      ? `Created prisma/migrations/${folder}/migration.sql`
      : "The migrations already match prisma/schema.prisma; nothing to create.",
  );
});
