import { handleRest, restDocument, restPreflight } from "@lab/api/rest/http";
import { renderCatalog } from "@lab/api/services/dcat/catalog";
import { siteBaseUrl } from "@lab/api/services/dcat/site";
import { getPrisma } from "@lab/db/client";

// Read per request: `next build` must never open the database.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleRest(async () => {
    const { body, contentType } = await renderCatalog(getPrisma(), {
      base: siteBaseUrl(request.url),
      format: "ttl",
      params: new URL(request.url).searchParams,
    });
    return restDocument(body, contentType);
  });
}

export const OPTIONS = restPreflight;
