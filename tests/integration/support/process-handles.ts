import { afterAll } from "vitest";

// Test files that share their worker's modules (see vitest.config.ts) would also share the
// app's process-wide handles, each made once on first use for the database of that moment:
// after every file, close them and forget them, so the next file's first use opens its own.
type THandles = {
  __labBoardStream?: { close: () => Promise<void> };
  __labPublicCache?: { close: () => Promise<void> };
  __labBus?: { close: () => Promise<void> };
  __labPrisma?: { $disconnect: () => Promise<void> };
};

afterAll(async () => {
  const handles = globalThis as THandles;
  const open = [
    handles.__labBoardStream?.close(),
    handles.__labPublicCache?.close(),
    handles.__labBus?.close(),
    handles.__labPrisma?.$disconnect(),
  ];
  delete handles.__labBoardStream;
  delete handles.__labPublicCache;
  delete handles.__labBus;
  delete handles.__labPrisma;
  await Promise.all(open);
});
