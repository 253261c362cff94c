import { z } from "zod";
import {
  ZCapacityType,
  ZDimension,
  ZDirection,
  ZGeographicBreakdown,
  ZPeriodicity,
  ZUnit,
} from "./indicator";
import { ZObservationView } from "./observation";
import { ZSlug } from "./slug";

// What the public pages and the API return about an indicator: plain data, no database types.

export const ZIndicatorView = z.object({
  slug: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  description: z.string(),
  descriptionEn: z.string().nullable(),
  dimension: ZDimension,
  capacityType: ZCapacityType.nullable(),
  unit: ZUnit,
  unitLabel: z.string().nullable(),
  decimals: z.number().int(),
  direction: ZDirection,
  periodicity: ZPeriodicity,
  sourceName: z.string(),
  sourceUrl: z.string().nullable(),
  methodology: z.string(),
  responsibleOffice: z.string(),
  targetValue: z.number().nullable(),
  targetDate: z.date().nullable(),
  geographicBreakdown: ZGeographicBreakdown,
  isDemo: z.boolean(),
  updatedAt: z.date(),
  observations: z.array(ZObservationView),
});
export type TIndicatorView = z.infer<typeof ZIndicatorView>;

export const ZIndicatorSlugInput = z.object({
  slug: ZSlug,
});

/** An indicator the signed-in official may edit, as the workspace lists it. */
export const ZEditableIndicator = z.object({
  slug: z.string(),
  code: z.string(),
  name: z.string(),
  /** The owning office (dependencia); null when none is set (only ADMIN sees those). */
  office: z.string().nullable(),
  /** Where its unpublished changes stand (see ./draft). */
  state: z.enum(["CLEAN", "CHANGED", "SUBMITTED", "REJECTED"]),
  /** Whether the indicator itself is on the public site yet. */
  everPublished: z.boolean(),
  lastUpdate: z.date(),
  lastUpdatedBy: z.string().nullable(),
});
export type TEditableIndicator = z.infer<typeof ZEditableIndicator>;
