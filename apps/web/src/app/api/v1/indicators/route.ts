import { handleRest, restJson, restPreflight } from "@lab/api/rest/http";
import { listIndicatorSummaries } from "@lab/api/services/indicator-export";
import { getPrisma } from "@lab/db/client";

// Read per request: `next build` must never open the database.
export const dynamic = "force-dynamic";

export function GET() {
  return handleRest(async () => restJson(await listIndicatorSummaries(getPrisma())));
}

export const OPTIONS = restPreflight;
