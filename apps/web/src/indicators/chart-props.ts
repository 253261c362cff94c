import type { TSeries } from "@lab/domain/indicator-series";
import type { TIndicatorView } from "@lab/domain/indicator-view";
import { formatValue } from "@lab/domain/number";
import { formatPeriod } from "@lab/domain/period";
import type { TIndicatorChartProps } from "@lab/ui/indicators/indicator-chart";
import { formatDateEsCo } from "~/format";

/** The chart's props for a view: shared by the indicator page and its embed. */
export function chartProps(
  indicator: TIndicatorView,
  view: { periods: string[]; series: TSeries[] },
): TIndicatorChartProps {
  const targetYear = indicator.targetDate?.getUTCFullYear();
  return {
    series: view.series,
    periods: view.periods.map((period) => ({
      period,
      label: formatPeriod(indicator.periodicity, period),
    })),
    decimals: indicator.decimals,
    target:
      indicator.targetValue === null
        ? null
        : {
            value: indicator.targetValue,
            label: `Meta${targetYear ? ` ${targetYear}` : ""}: ${formatValue(indicator.unit, indicator.targetValue, indicator.decimals, indicator.unitLabel)}`,
          },
    caption: {
      title: indicator.name,
      source: indicator.sourceName,
      date: `Consultado el ${formatDateEsCo(new Date())}`,
    },
    fileName: indicator.slug,
  };
}
