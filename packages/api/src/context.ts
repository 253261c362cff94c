import { getPrisma } from "@lab/db/client";
import { currentUser } from "./auth/session";
import { getPublicCache } from "./public-cache";
import { createContext, type TContext } from "./trpc";

/** The request's context: the session from its cookie, the process-wide database and cache. */
export async function createRequestContext(): Promise<TContext> {
  const session = await currentUser();
  return createContext({ session, prisma: getPrisma(), cache: getPublicCache() });
}
