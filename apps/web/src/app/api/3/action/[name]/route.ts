import { getPublicCache } from "@lab/api/public-cache";
import { ckanPreflight } from "@lab/api/services/ckan/envelope";
import { handleCkanRequest } from "@lab/api/services/ckan/handler";
import { getPrisma } from "@lab/db/client";
import { resolveDatabaseConfig } from "@lab/db/config";
import { resolveSecuritySettings } from "@lab/db/settings";

// CKAN's Action API (the subset harvesters use): thin, see packages/api/src/services/ckan/.
// Read per request: `next build` must never open the database.
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ name: string }> };

async function handle(request: Request, { params }: TContext) {
  return handleCkanRequest(request, (await params).name, {
    prisma: getPrisma(),
    database: resolveDatabaseConfig(),
    // The catalog's search index and summary, kept until the bus announces a dataset change.
    cache: getPublicCache(),
    publicUrl: process.env.NEXTAUTH_URL,
    trustProxy: resolveSecuritySettings().trustProxy,
  });
}

export { handle as GET, handle as POST };
export const OPTIONS = ckanPreflight;
