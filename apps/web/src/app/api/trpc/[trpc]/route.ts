import { createRequestContext } from "@lab/api/context";
import { crossSiteRefusal, isCrossSiteRequest } from "@lab/api/rest/same-origin";
import { appRouter } from "@lab/api/root";
import { resolveSecuritySettings } from "@lab/db/settings";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

const handler = (req: Request) => {
  // Mutations are POSTs: refuse those sent by another site's pages (CSRF).
  const check = {
    method: req.method,
    headers: req.headers,
    trustProxy: resolveSecuritySettings().trustProxy,
    allowedOrigins: process.env.NEXTAUTH_URL ? [process.env.NEXTAUTH_URL] : [],
  };
  if (isCrossSiteRequest(check)) return crossSiteRefusal();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: createRequestContext,
    // Lets the client send long-input queries as POST (see src/trpc/react.tsx).
    allowMethodOverride: true,
  });
};

export { handler as GET, handler as POST };
