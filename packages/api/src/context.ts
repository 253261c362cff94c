import { getPrisma } from "@lab/db/client";
import { currentUser } from "./auth/session";
import { createContext, type TContext } from "./trpc";

/** The request's context: the session from its cookie and the process-wide database client. */
export async function createRequestContext(): Promise<TContext> {
  return createContext({ session: await currentUser(), prisma: getPrisma() });
}
