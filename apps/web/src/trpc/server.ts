import "server-only";
import { createRequestContext } from "@lab/api/context";
import { getPublicCache } from "@lab/api/public-cache";
import { createCaller } from "@lab/api/root";
import { getPrisma } from "@lab/db/client";
import { connection } from "next/server";
import { cache } from "react";

/** The router called in process with the visitor's session, once per request. */
export const api = cache(async () => createCaller(await createRequestContext()));

/**
 * The router for public pages: no session lookup, published data from this instance's memory
 * (`@lab/api/public-cache`, emptied by the change bus). Marks the page as rendered per request,
 * so `next build` never opens the database.
 */
export const publicApi = cache(async () => {
  await connection();
  return createCaller({ session: null, prisma: getPrisma(), cache: getPublicCache() });
});
