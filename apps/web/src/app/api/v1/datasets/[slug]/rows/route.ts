import { getPublicCache } from "@lab/api/public-cache";
import { handleRest, restJson, restPreflight, searchParamsToRaw } from "@lab/api/rest/http";
import { getDatasetRows } from "@lab/api/services/dataset-rows";
import { getPrisma } from "@lab/db/client";
import { resolveDatabaseConfig } from "@lab/db/config";

// Read per request: `next build` must never open the database.
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ slug: string }> };

export function GET(request: Request, { params }: TContext) {
  return handleRest(async () => {
    const url = new URL(request.url);
    const document = await getDatasetRows(
      { prisma: getPrisma(), database: resolveDatabaseConfig(), cache: getPublicCache() },
      (await params).slug,
      url,
      searchParamsToRaw(url.searchParams),
    );
    return restJson(document);
  });
}

export const OPTIONS = restPreflight;
