/**
 * Runs once when a server instance starts (Next never calls it during `next build`). Starts
 * listening on the change bus, so this instance forgets cached public data as soon as any
 * instance records a change.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getPublicCache } = await import("@lab/api/public-cache");
  getPublicCache();
}
