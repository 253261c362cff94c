import { afterAll } from "vitest";
import { closeAppHandles } from "./app-database";

// Test files that share their worker's modules (see vitest.config.ts) would also share the
// app's process-wide handles, each made once on first use for the database of that moment:
// after every file, close them and forget them, so the next file's first use opens its own.
afterAll(closeAppHandles);
