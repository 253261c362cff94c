import { z } from "zod";
import { ZDimension, ZPeriodicity, ZUnit } from "./indicator";
import { ZObservationView } from "./observation";
import { ZSlug } from "./slug";

// What the public pages and the API return about an indicator: plain data, no database types.

export const ZIndicatorView = z.object({
  slug: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  dimension: ZDimension,
  unit: ZUnit,
  unitLabel: z.string().nullable(),
  decimals: z.number().int(),
  periodicity: ZPeriodicity,
  sourceName: z.string(),
  sourceUrl: z.string().nullable(),
  isDemo: z.boolean(),
  updatedAt: z.date(),
  observations: z.array(ZObservationView),
});
export type TIndicatorView = z.infer<typeof ZIndicatorView>;

export const ZIndicatorSlugInput = z.object({
  slug: ZSlug,
});
