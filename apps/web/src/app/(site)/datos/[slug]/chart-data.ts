// The quick chart's points from a page of rows: one point per distinct X value, in the order
// the rows came (the row API sorts them by X), with Y counted, summed or averaged. Pure, so
// it is tested without a browser.

export type TAggregate = "count" | "sum" | "mean";
export type TChartPoint = { x: string; y: number };

/** At most this many X values are drawn; more would be unreadable on a phone. */
export const CHART_MAX_POINTS = 60;

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

export function chartPoints(
  records: Record<string, unknown>[],
  x: string,
  y: string | null,
  aggregate: TAggregate,
  emptyLabel: string,
): { points: TChartPoint[]; truncated: boolean } {
  const groups = new Map<string, { sum: number; n: number; rows: number }>();
  for (const record of records) {
    const raw = record[x];
    const key = raw === null || raw === undefined || raw === "" ? emptyLabel : String(raw);
    let group = groups.get(key);
    if (!group) {
      group = { sum: 0, n: 0, rows: 0 };
      groups.set(key, group);
    }
    group.rows += 1;
    const value = y === null ? null : toNumber(record[y]);
    if (value !== null) {
      group.sum += value;
      group.n += 1;
    }
  }
  const points: TChartPoint[] = [];
  for (const [key, group] of groups) {
    if (aggregate === "count" || y === null) points.push({ x: key, y: group.rows });
    else if (group.n > 0) {
      points.push({ x: key, y: aggregate === "sum" ? group.sum : group.sum / group.n });
    }
  }
  return {
    points: points.slice(0, CHART_MAX_POINTS),
    truncated: points.length > CHART_MAX_POINTS,
  };
}
