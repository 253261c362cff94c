/**
 * Runs once when a server instance starts (Next never calls it during `next build`). Starts
 * listening on the change bus, so this instance forgets cached public data as soon as any
 * instance records a change; and rebuilds, in the background, the row API's indexes that a
 * restart interrupted (the site serves meanwhile; queries are slower until they are back).
 * First of all, the embedded database's WebAssembly is set to compile once, optimised (see
 * compileWasmOptimisedOnly): less memory for the life of the server.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { compileWasmOptimisedOnly } = await import("@lab/db/driver");
  compileWasmOptimisedOnly();
  const { getPublicCache } = await import("@lab/api/public-cache");
  getPublicCache();
  const { resolveDatabaseConfig } = await import("@lab/db/config");
  const { repairSecondaryIndexes } = await import("@lab/db/datastore/load-index-repair");
  repairSecondaryIndexes(resolveDatabaseConfig())
    .then((repairs) => {
      if (repairs.length)
        console.log(`Rebuilding the row API's indexes of ${repairs.length} dataset versions…`);
    })
    .catch((error) => console.error("Could not check the row API's indexes:", error));
}
