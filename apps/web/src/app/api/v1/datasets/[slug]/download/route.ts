import { getPublicCache } from "@lab/api/public-cache";
import { handleRest, restDownload, restPreflight, searchParamsToRaw } from "@lab/api/rest/http";
import { downloadDataset, toWebStream } from "@lab/api/services/dataset-rows";
import { getPrisma } from "@lab/db/client";
import { resolveDatabaseConfig } from "@lab/db/config";

// Read per request: `next build` must never open the database.
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ slug: string }> };

/** The whole version as CSV or JSON, streamed from the database as the client reads it. */
export function GET(request: Request, { params }: TContext) {
  return handleRest(async () => {
    const { searchParams } = new URL(request.url);
    const file = await downloadDataset(
      { prisma: getPrisma(), database: resolveDatabaseConfig(), cache: getPublicCache() },
      (await params).slug,
      searchParamsToRaw(searchParams),
    );
    return restDownload(toWebStream(file.body, request.signal), file.contentType, file.filename);
  });
}

export const OPTIONS = restPreflight;
