import { handleRest, restDocument, restPreflight } from "@lab/api/rest/http";
import { renderDataset } from "@lab/api/services/dcat/catalog";
import { parseRdfFormat } from "@lab/api/services/dcat/query";
import { siteBaseUrl } from "@lab/api/services/dcat/site";
import { getPrisma } from "@lab/db/client";

// /datos/{slug}.jsonld and /datos/{slug}.ttl land here through a rewrite (next.config.ts),
// since /datos/[slug] is the dataset's page. Both come as path segments: a rewritten request
// keeps the address the client asked for, so a query added by the rewrite would not be seen.
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ slug: string; format: string }> };

export function GET(request: Request, { params }: TContext) {
  return handleRest(async () => {
    const { slug, format } = await params;
    const { body, contentType } = await renderDataset(getPrisma(), {
      base: siteBaseUrl(request.url),
      format: parseRdfFormat(format),
      slug,
    });
    return restDocument(body, contentType);
  });
}

export const OPTIONS = restPreflight;
