import {
  handleRest,
  restDownload,
  restJson,
  restPreflight,
  searchParamsToRaw,
} from "@lab/api/rest/http";
import {
  getIndicatorObservations,
  indicatorObservationsCsv,
} from "@lab/api/services/indicator-export";
import { getPrisma } from "@lab/db/client";
import { AppError } from "@lab/domain/errors";
import { parseExportFormat } from "@lab/domain/indicator-export";

// Read per request: `next build` must never open the database.
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ slug: string }> };

export function GET(request: Request, { params }: TContext) {
  return handleRest(async () => {
    const { searchParams } = new URL(request.url);
    const requested = searchParams.get("format");
    const format = parseExportFormat(requested);
    if (!format.ok) throw new AppError("BAD_REQUEST", format.message);

    const document = await getIndicatorObservations(
      getPrisma(),
      (await params).slug,
      searchParamsToRaw(searchParams),
    );
    const { slug } = document.indicator;
    if (format.format === "csv") {
      return restDownload(
        indicatorObservationsCsv(document),
        "text/csv; charset=utf-8",
        `${slug}.csv`,
      );
    }
    // Asking for a format means downloading a file; without it the JSON reads inline.
    return restJson(document, requested?.trim() ? { filename: `${slug}.json` } : {});
  });
}

export const OPTIONS = restPreflight;
