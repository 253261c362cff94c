import type { PrismaClient } from "@lab/db/prisma";
import { geographyName, municipalSeries } from "@lab/domain/geography";
import { UNIT_LABELS_ES } from "@lab/domain/indicator";
import {
  INDICATOR_CSV_COLUMNS,
  OPEN_DATA_LICENSE,
  plainDecimal,
  type TExportedObservation,
  type TIndicatorDocument,
  type TIndicatorList,
  type TIndicatorMetadata,
  type TIndicatorObservationsDocument,
} from "@lab/domain/indicator-export";
import { indicatorPeriods, seriesForView } from "@lab/domain/indicator-series";
import type { TIndicatorView } from "@lab/domain/indicator-view";
import type { TObservationView } from "@lab/domain/observation";
import { normalizeViewState, type TRawParams } from "@lab/domain/view-state";
import { stringify } from "csv-stringify/sync";
import { getPublishedIndicator, listPublishedIndicators } from "./indicators";

// The public REST API's documents (/api/v1/indicators…). Only published indicators reach
// here: every function starts from the services that never return drafts.

// Field by field, so a field added to TIndicatorView for the staff pages is not published
// by accident.
export function indicatorMetadata(view: TIndicatorView): TIndicatorMetadata {
  const api = `/api/v1/indicators/${view.slug}`;
  return {
    slug: view.slug,
    code: view.code,
    name: view.name,
    nameEn: view.nameEn,
    description: view.description,
    descriptionEn: view.descriptionEn,
    dimension: view.dimension,
    capacityType: view.capacityType,
    unit: view.unit,
    unitLabel: view.unitLabel,
    decimals: view.decimals,
    direction: view.direction,
    periodicity: view.periodicity,
    sourceName: view.sourceName,
    sourceUrl: view.sourceUrl,
    methodology: view.methodology,
    responsibleOffice: view.responsibleOffice,
    targetValue: view.targetValue,
    targetDate: view.targetDate ? view.targetDate.toISOString().slice(0, 10) : null,
    geographicBreakdown: view.geographicBreakdown,
    isDemo: view.isDemo,
    updatedAt: view.updatedAt.toISOString(),
    license: { ...OPEN_DATA_LICENSE },
    links: { page: `/indicadores/${view.slug}`, api, csv: `${api}/observations?format=csv` },
  };
}

function exportedObservation(o: TObservationView): TExportedObservation {
  return {
    period: o.period,
    geography: o.geography,
    geographyName: geographyName(o.geography),
    value: o.value,
    provisional: o.provisional,
    note: o.note,
    sourceOverride: o.sourceOverride,
    updatedAt: o.updatedAt.toISOString(),
  };
}

export async function listIndicatorSummaries(prisma: PrismaClient): Promise<TIndicatorList> {
  const views = await listPublishedIndicators(prisma);
  return {
    indicators: views.map((view) => {
      const latest = municipalSeries(view.observations).at(-1);
      return {
        ...indicatorMetadata(view),
        latest: latest
          ? { period: latest.period, value: latest.value, provisional: latest.provisional }
          : null,
      };
    }),
  };
}

/** The whole indicator: metadata and every observation, all geographies and periods. */
export async function getIndicatorDocument(
  prisma: PrismaClient,
  slug: string,
): Promise<TIndicatorDocument> {
  const view = await getPublishedIndicator(prisma, slug);
  return {
    indicator: indicatorMetadata(view),
    observations: view.observations.map(exportedObservation),
  };
}

/**
 * What the indicator page's table shows for the same desde/hasta/comunas, normalised the
 * same way (never an error): the municipal series, then each selected comuna, by period.
 */
export function indicatorObservationsDocument(
  view: TIndicatorView,
  params: TRawParams,
): TIndicatorObservationsDocument {
  const { from, to, geographies } = normalizeViewState(params, view, indicatorPeriods(view));
  const { series } = seriesForView(view, { from, to, geographies });
  // The series keep only what a chart needs; the download gives each row in full.
  const byKey = new Map(view.observations.map((o) => [`${o.geography} ${o.period}`, o]));
  const rows = series.flatMap((s) => s.points.map((p) => byKey.get(`${s.key} ${p.period}`)));
  return {
    indicator: indicatorMetadata(view),
    view: { from, to, geographies },
    observations: rows
      .filter((o): o is TObservationView => o !== undefined)
      .map(exportedObservation),
  };
}

export async function getIndicatorObservations(
  prisma: PrismaClient,
  slug: string,
  params: TRawParams,
): Promise<TIndicatorObservationsDocument> {
  return indicatorObservationsDocument(await getPublishedIndicator(prisma, slug), params);
}

/**
 * The same rows as CSV, as datos.gov.co serves it: UTF-8 without BOM, "," between fields,
 * "." as decimal point, a header row and nothing else, CRLF line ends (RFC 4180).
 */
export function indicatorObservationsCsv(document: TIndicatorDocument): string {
  const { indicator } = document;
  const unit = indicator.unitLabel ?? UNIT_LABELS_ES[indicator.unit];
  return stringify(
    document.observations.map((o) => [
      indicator.code,
      indicator.slug,
      o.period,
      o.geography,
      o.geographyName,
      plainDecimal(o.value),
      unit,
      o.provisional ? "true" : "false",
      o.note ?? "",
    ]),
    { header: true, columns: [...INDICATOR_CSV_COLUMNS], record_delimiter: "windows" },
  );
}
