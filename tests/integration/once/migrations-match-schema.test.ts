import { readMigrations, readSchema } from "@lab/db/migrations/files";
import { diffMigrationsToSchema } from "@lab/db/migrations/schema-engine";
import { describe, expect, it } from "vitest";

// Runs once (not per database): it compares two descriptions of the schema on a scratch PGlite.
describe("checked-in migrations", () => {
  it("produce exactly what prisma/schema.prisma describes", async () => {
    const diff = await diffMigrationsToSchema(readMigrations(), readSchema());
    expect(diff).toBe("");
  });

  it("are detected as behind when the schema gains a model", async () => {
    const schema = `${readSchema()}\nmodel Probe {\n  id Int @id\n}\n`;
    const diff = await diffMigrationsToSchema(readMigrations(), schema);
    expect(diff).toContain('CREATE TABLE "Probe"');
  });
});
