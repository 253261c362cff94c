import { getPrisma } from "@lab/db/client";
import { resolveSecuritySettings } from "@lab/db/settings";
import { clientIp } from "./auth/login-limits";
import { currentUser } from "./auth/session";
import { getPublicCache } from "./public-cache";
import { createContext, type TContext } from "./trpc";

/**
 * The request's context: the session from its cookie, the process-wide database and cache, and
 * the caller's address when the HTTP request is at hand (the tRPC route passes it).
 */
export async function createRequestContext(opts?: { req: Request }): Promise<TContext> {
  const session = await currentUser();
  const ip = opts
    ? clientIp(Object.fromEntries(opts.req.headers), resolveSecuritySettings().trustProxy)
    : undefined;
  return createContext({ session, prisma: getPrisma(), cache: getPublicCache(), ip });
}
