import { handleRest, restDownload, restPreflight } from "@lab/api/rest/http";
import { getWorkshopFile } from "@lab/api/services/workshop-downloads";
import { getPrisma } from "@lab/db/client";

// The results of a workshop as files (contributions, capacity-map, alliances; .csv or .json).
// Read per request: `next build` must never open the database.
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ slug: string; file: string }> };

export function GET(_request: Request, { params }: TContext) {
  return handleRest(async () => {
    const { slug, file } = await params;
    const download = await getWorkshopFile(getPrisma(), slug, file);
    return restDownload(download.body, download.contentType, download.filename);
  });
}

export const OPTIONS = restPreflight;
