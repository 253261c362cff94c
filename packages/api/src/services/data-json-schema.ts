import { z } from "zod";

// The Project Open Data catalog (DCAT-US 1.1) that /data.json returns: the fields its schema
// requires for public datasets, plus the optional ones we fill. Typed here so the OpenAPI
// description and the tests read the same contract.

export const POD_CONFORMS_TO = "https://project-open-data.cio.gov/v1.1/schema";
export const POD_DESCRIBED_BY = "https://project-open-data.cio.gov/v1.1/schema/catalog.json";
export const POD_CONTEXT = "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld";

/** ISO 8601 repeating durations (or "irregular"), as POD's accrualPeriodicity accepts them. */
export const ZPodAccrualPeriodicity = z.union([
  z.literal("irregular"),
  z.string().regex(/^R\/P(?:\d+[YMWD])+$/),
]);

export const ZPodDistribution = z.object({
  "@type": z.literal("dcat:Distribution"),
  title: z.string().min(1),
  description: z.string().optional(),
  downloadURL: z.url(),
  mediaType: z.string().regex(/^[-\w.]+\/[-\w.+]+$/),
  format: z.string().min(1),
});

export const ZPodDataset = z.object({
  "@type": z.literal("dcat:Dataset"),
  title: z.string().min(1),
  description: z.string().min(1),
  keyword: z.array(z.string().min(1)).min(1),
  modified: z.iso.datetime({ offset: true }),
  publisher: z.object({ "@type": z.literal("org:Organization"), name: z.string().min(1) }),
  contactPoint: z.object({
    "@type": z.literal("vcard:Contact"),
    fn: z.string().min(1),
    hasEmail: z.string().regex(/^mailto:[^\s@]+@[^\s@]+\.[^\s@]+$/),
  }),
  identifier: z.string().min(1),
  accessLevel: z.literal("public"),
  license: z.url(),
  spatial: z.string().min(1),
  temporal: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/)
    .optional(),
  accrualPeriodicity: ZPodAccrualPeriodicity.optional(),
  language: z.array(z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/)).min(1),
  theme: z.array(z.string().min(1)).min(1),
  landingPage: z.url(),
  issued: z.iso.datetime({ offset: true }),
  references: z.array(z.url()).optional(),
  distribution: z.array(ZPodDistribution).min(1),
});
export type TPodDataset = z.output<typeof ZPodDataset>;

export const ZPodCatalog = z.object({
  "@context": z.literal(POD_CONTEXT),
  "@id": z.url(),
  "@type": z.literal("dcat:Catalog"),
  conformsTo: z.literal(POD_CONFORMS_TO),
  describedBy: z.literal(POD_DESCRIBED_BY),
  dataset: z.array(ZPodDataset),
});
export type TPodCatalog = z.output<typeof ZPodCatalog>;
