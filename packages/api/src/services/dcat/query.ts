import { AppError } from "@lab/domain/errors";

// The catalog endpoints' query, as ckanext-dcat's catalog endpoint takes it: `page` (from 1)
// and `modified_since` (an ISO 8601 date or date-time; without a zone it is UTC).

/** Datasets per catalog page, ckanext-dcat's default. */
export const CATALOG_PAGE_SIZE = 100;

export const RDF_FORMATS = {
  jsonld: "application/ld+json",
  ttl: "text/turtle; charset=utf-8",
} as const;
export type TRdfFormat = keyof typeof RDF_FORMATS;

export type TCatalogQuery = {
  page: number;
  modifiedSince: Date | null;
  modifiedSinceRaw: string | null;
};

const MAX_PAGE = 1_000_000;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseRdfFormat(value: string): TRdfFormat {
  if (value === "jsonld" || value === "ttl") return value;
  throw new AppError("BAD_REQUEST", "Formato desconocido: use jsonld o ttl.");
}

function parseSince(raw: string): Date {
  const m = ISO_DATE_TIME.exec(raw);
  const bad = () =>
    new AppError(
      "BAD_REQUEST",
      "El parámetro modified_since debe ser una fecha ISO 8601, por ejemplo 2024-01-31 o 2024-01-31T08:00:00Z.",
    );
  if (!m) throw bad();
  const [, y, mo, d, h = "00", mi = "00", s = "00", fraction = "", zone = "Z"] = m;
  // Without a zone, UTC (as CKAN reads it); Date would take it as local time.
  const offset = zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction.slice(0, 4)}${offset}`);
  // Rejects impossible dates that Date would roll over (2024-02-31).
  if (
    Number.isNaN(date.getTime()) ||
    Number(mo) > 12 ||
    Number(d) > daysIn(Number(y), Number(mo))
  ) {
    throw bad();
  }
  return date;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function parseCatalogQuery(params: URLSearchParams): TCatalogQuery {
  const rawPage = params.get("page")?.trim() ?? "";
  let page = 1;
  if (rawPage !== "") {
    page = /^\d{1,7}$/.test(rawPage) ? Number(rawPage) : 0;
    if (page < 1 || page > MAX_PAGE) {
      throw new AppError(
        "BAD_REQUEST",
        `El parámetro page debe ser un número entero de 1 a ${MAX_PAGE}.`,
      );
    }
  }
  const rawSince = params.get("modified_since")?.trim() || null;
  return {
    page,
    modifiedSince: rawSince === null ? null : parseSince(rawSince),
    modifiedSinceRaw: rawSince,
  };
}
