import { orNotFound } from "~/or-not-found";
import { publicApi } from "~/trpc/server";

/** A workshop's public record (from the public cache), or the 404 page. */
export async function loadWorkshop(slug: string) {
  return orNotFound((await publicApi()).workshops.bySlug({ slug }));
}
