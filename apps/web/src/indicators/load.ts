import { orNotFound } from "~/or-not-found";
import { publicApi } from "~/trpc/server";

/** The published indicator, or the Spanish 404 page (unknown or malformed slug). */
export async function loadIndicator(slug: string) {
  return orNotFound((await publicApi()).indicators.bySlug({ slug }));
}
