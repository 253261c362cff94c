import { createRequestContext } from "@lab/api/context";
import { appRouter } from "@lab/api/root";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: createRequestContext,
  });

export { handler as GET, handler as POST };
