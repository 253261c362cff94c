import "server-only";
import { getPublicCache } from "@lab/api/public-cache";
import { getDatasetRows } from "@lab/api/services/dataset-rows";
import { getPrisma } from "@lab/db/client";
import { resolveDatabaseConfig } from "@lab/db/config";
import { cache } from "react";
import { orNotFound } from "~/or-not-found";
import { publicApi } from "~/trpc/server";
import { readRowsAnswer, rowsUrl, type TRowsAnswer } from "./rows-api";

/** The published dataset, or the catalog's 404 page (unknown or malformed slug). Once per request. */
export const loadDataset = cache(async (slug: string) =>
  orNotFound((await publicApi()).datasets.bySlug({ slug })),
);

/**
 * The preview grid's first page, read in process as the row API would answer it (like the
 * API's route handler: the process-wide handles, the public cache). It puts rows in the HTML:
 * readable without JavaScript, and no loading step before the first paint. Null if the
 * datastore cannot answer; the grid then asks the API itself. `fields`: a wide dataset's
 * first columns only (initialGridFields), as the grid asks for them.
 */
export async function loadFirstRows(
  origin: string,
  slug: string,
  limit: number,
  fields: readonly string[] | null,
): Promise<TRowsAnswer | null> {
  const url = new URL(
    rowsUrl(slug, { q: "", filters: {}, sort: null, limit, cursor: null, fields }),
    origin,
  );
  try {
    const document = await getDatasetRows(
      { prisma: getPrisma(), database: resolveDatabaseConfig(), cache: getPublicCache() },
      slug,
      url,
      Object.fromEntries(url.searchParams),
    );
    return readRowsAnswer(document);
  } catch (error) {
    console.error(`First rows of dataset ${slug} failed:`, error);
    return null;
  }
}
