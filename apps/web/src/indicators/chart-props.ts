import type { TSeries } from "@lab/domain/indicator-series";
import type { TIndicatorView } from "@lab/domain/indicator-view";
import { interpolate, pickTranslation, type TLocale } from "@lab/domain/locale";
import { formatValue } from "@lab/domain/number";
import { formatPeriod } from "@lab/domain/period";
import { summarizeSeries } from "@lab/domain/trend";
import type { TIndicatorChartProps } from "@lab/ui/indicators/indicator-chart";
import { formatDate } from "~/format";
import { MESSAGES } from "~/i18n/messages";

/** The chart's props for a view: shared by the indicator page and its embed. */
export function chartProps(
  indicator: TIndicatorView,
  view: { periods: string[]; series: TSeries[] },
  locale: TLocale = "es",
): TIndicatorChartProps {
  const m = MESSAGES[locale];
  const t = m.indicator;
  const targetYear = indicator.targetDate?.getUTCFullYear();
  const target = (value: string) =>
    targetYear
      ? interpolate(t.chartTargetByYear, { year: targetYear, value })
      : interpolate(t.chartTarget, { value });
  return {
    series: view.series,
    periods: view.periods.map((period) => ({
      period,
      label: formatPeriod(indicator.periodicity, period, locale),
    })),
    decimals: indicator.decimals,
    target:
      indicator.targetValue === null
        ? null
        : {
            value: indicator.targetValue,
            label: target(
              formatValue(
                indicator.unit,
                indicator.targetValue,
                indicator.decimals,
                indicator.unitLabel,
                locale,
              ),
            ),
          },
    caption: {
      title: pickTranslation(indicator.name, indicator.nameEn, locale).text,
      source: indicator.sourceName,
      date: interpolate(t.chartConsulted, { date: formatDate(new Date(), locale) }),
      sourceLabel: t.facts.source,
      publisher: m.meta.siteName,
    },
    fileName: indicator.slug,
    labels: t.chart,
    locale,
  };
}

/** The one-sentence summary under a chart (latest value, trend, target), in `locale`. */
export function viewSummary(
  indicator: TIndicatorView,
  view: { series: TSeries[] },
  locale: TLocale = "es",
): string {
  const targetYear = indicator.targetDate?.getUTCFullYear() ?? null;
  return summarizeSeries(
    {
      ...indicator,
      name: pickTranslation(indicator.name, indicator.nameEn, locale).text,
      series: view.series[0]?.points ?? [],
      target:
        indicator.targetValue === null ? null : { value: indicator.targetValue, year: targetYear },
    },
    locale,
  );
}
