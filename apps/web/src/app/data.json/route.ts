import { handleRest, restJson, restPreflight } from "@lab/api/rest/http";
import { dataJsonCatalog } from "@lab/api/services/data-json";
import { siteBaseUrl } from "@lab/api/services/dcat/site";
import { getPrisma } from "@lab/db/client";

// Read per request: `next build` must never open the database.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleRest(async () =>
    restJson(await dataJsonCatalog(getPrisma(), siteBaseUrl(request.url))),
  );
}

export const OPTIONS = restPreflight;
