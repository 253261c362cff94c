import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this; migrations run through packages/db (WebAssembly engine).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
