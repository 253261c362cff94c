import { handleRest, restJson, restPreflight } from "@lab/api/rest/http";
import { getIndicatorDocument } from "@lab/api/services/indicator-export";
import { getPrisma } from "@lab/db/client";

// Read per request: `next build` must never open the database.
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ slug: string }> };

export function GET(_request: Request, { params }: TContext) {
  return handleRest(async () =>
    restJson(await getIndicatorDocument(getPrisma(), (await params).slug)),
  );
}

export const OPTIONS = restPreflight;
