import { publishChange } from "@lab/db/bus";
import type { Prisma, PrismaClient } from "@lab/db/prisma";
import { recomputeWorkshopIndicators, type TRecomputeResult } from "@lab/db/workshop-indicators";
import type { TPublicCache } from "../public-cache";

// The participation indicators computed from the workshops (domain: WORKSHOP_METRICS). Their
// published values are replaced from the records whenever results are published (or
// withdrawn): the staff's publish action calls refreshWorkshopIndicators.

const TRANSACTION_TIMEOUT_MS = 60_000;

export type TRefreshOptions = {
  /** Who published: the audit entries of the changed values name them. */
  actorId?: string | null;
  /**
   * This instance's public cache, emptied of indicators and workshops once the change is
   * committed. Only used when refreshWorkshopIndicators runs its own transaction; inside the
   * caller's, call forgetWorkshopCaches after it commits.
   */
  cache?: TPublicCache;
};

async function refreshIn(
  tx: Prisma.TransactionClient,
  options: TRefreshOptions,
): Promise<TRecomputeResult> {
  const result = await recomputeWorkshopIndicators(tx, { actorId: options.actorId ?? null });
  // Delivered at COMMIT to every instance (never for a rollback): each forgets its copies.
  if (result.changed.length > 0) {
    await publishChange(tx, "indicators", { derived: result.changed.length });
  }
  await publishChange(tx, "workshops", null);
  return result;
}

/**
 * Recomputes the derived indicators' published values from the workshops' records, with an
 * audit entry per changed value, and announces `indicators` and `workshops` on the bus.
 *
 * - Given a transaction client (inside the caller's `$transaction`, e.g. the publish action),
 *   it runs there: the values commit, or roll back, with the publication. The caller then
 *   calls `forgetWorkshopCaches(ctx.cache)` after the transaction, as routers do.
 * - Given the Prisma client, it runs in a transaction of its own and empties `options.cache`
 *   after it commits.
 */
export async function refreshWorkshopIndicators(
  db: PrismaClient | Prisma.TransactionClient,
  options: TRefreshOptions = {},
): Promise<TRecomputeResult> {
  // A transaction client lacks $disconnect (Prisma denies it there); $transaction it has.
  if (!("$disconnect" in db)) return refreshIn(db, options);
  const result = await (db as PrismaClient).$transaction((tx) => refreshIn(tx, options), {
    timeout: TRANSACTION_TIMEOUT_MS,
  });
  forgetWorkshopCaches(options.cache);
  return result;
}

/** This instance forgets workshops and indicators at once (the bus tells the others). */
export function forgetWorkshopCaches(cache: TPublicCache | undefined): void {
  cache?.invalidate("indicators");
  cache?.invalidate("workshops");
}
