import { COMUNAS, CORREGIMIENTOS, findGeography } from "./geography";
import type { TGeographicBreakdown, TPeriodicity } from "./indicator";
import { comparePeriods, parsePeriod } from "./period";

// The state of an indicator view (tab, time range, compared comunas) as it travels in a
// shared URL. Anything odd in a URL is normalised to the nearest valid view, never refused:
// people paste links from chats, and a half-broken link should still show something useful.

export const VIEW_TABS = ["grafico", "tabla", "fuentes"] as const;
export type TViewTab = (typeof VIEW_TABS)[number];

export type TViewState = {
  tab: TViewTab;
  /** First and last period shown, both among the indicator's periods; null without data. */
  from: string | null;
  to: string | null;
  /** Comuna / corregimiento codes compared with the municipal series (broken-down only). */
  geographies: string[];
};

export type TRawParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const LOCAL_CODES = new Set([...COMUNAS, ...CORREGIMIENTOS].map((g) => g.code));

/** "1", "01", "comuna-1", "comuna-01" all mean comuna 1; "c2"/"corregimiento-2" corregimiento 2. */
function toGeographyCode(token: string): string | null {
  const t = token.trim().toLowerCase();
  const comuna = /^(?:comuna-?)?0*(\d{1,2})$/.exec(t);
  if (comuna) return `comuna-${comuna[1]?.padStart(2, "0")}`;
  const corregimiento = /^(?:corregimiento-?|c)(\d)$/.exec(t);
  if (corregimiento) return `corregimiento-${corregimiento[1]}`;
  return findGeography(t) ? t : null;
}

export function normalizeViewState(
  params: TRawParams,
  indicator: { periodicity: TPeriodicity; geographicBreakdown: TGeographicBreakdown },
  periods: string[],
): TViewState {
  const tabParam = first(params.vista);
  const tab = (VIEW_TABS as readonly string[]).includes(tabParam ?? "")
    ? (tabParam as TViewTab)
    : "grafico";

  const sorted = [...new Set(periods)].sort(comparePeriods);
  const earliest = sorted[0] ?? null;
  const latest = sorted.at(-1) ?? null;
  const clamp = (raw: string | undefined, fallback: string | null): string | null => {
    if (!raw || !earliest || !latest) return fallback;
    const parsed = parsePeriod(indicator.periodicity, raw);
    if (!parsed.ok) return fallback;
    if (comparePeriods(parsed.period, earliest) < 0) return earliest;
    if (comparePeriods(parsed.period, latest) > 0) return latest;
    // Between two known periods: the nearest one at or after it.
    return sorted.find((p) => comparePeriods(p, parsed.period) >= 0) ?? latest;
  };
  let from = clamp(first(params.desde), earliest);
  let to = clamp(first(params.hasta), latest);
  if (from && to && comparePeriods(from, to) > 0) [from, to] = [to, from];

  const geographies =
    indicator.geographicBreakdown === "COMUNAS"
      ? [
          ...new Set(
            String(first(params.comunas) ?? "")
              .split(",")
              .map(toGeographyCode)
              .filter((code): code is string => code !== null && LOCAL_CODES.has(code)),
          ),
        ].sort()
      : [];

  return { tab, from, to, geographies };
}

/** Every part of the state written out, so a shared link survives a change of defaults. */
export function viewStateToQuery(state: TViewState, tab: TViewTab = state.tab): string {
  const query = new URLSearchParams({ vista: tab });
  if (state.from) query.set("desde", state.from);
  if (state.to) query.set("hasta", state.to);
  if (state.geographies.length) query.set("comunas", state.geographies.join(","));
  return query.toString().replace(/%2C/g, ",");
}

export function periodInRange(period: string, state: Pick<TViewState, "from" | "to">): boolean {
  if (state.from && comparePeriods(period, state.from) < 0) return false;
  if (state.to && comparePeriods(period, state.to) > 0) return false;
  return true;
}
