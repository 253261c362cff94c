import { readdirSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import { ZRestError } from "@lab/api/rest/http";
import { openApiDocument } from "@lab/api/rest/openapi";
import { createCaller } from "@lab/api/root";
import {
  getIndicatorDocument,
  getIndicatorObservations,
  indicatorObservationsCsv,
  listIndicatorSummaries,
} from "@lab/api/services/indicator-export";
import { getPublishedIndicator } from "@lab/api/services/indicators";
import { seed } from "@lab/db/seed";
import { seedIndicators } from "@lab/db/seed/indicators";
import { isAppError } from "@lab/domain/errors";
import { municipalSeries } from "@lab/domain/geography";
import {
  INDICATOR_CSV_COLUMNS,
  ZIndicatorDocument,
  ZIndicatorList,
  ZIndicatorObservationsDocument,
} from "@lab/domain/indicator-export";
import { seriesForView } from "@lab/domain/indicator-series";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  GET as getObservationsRoute,
  OPTIONS as optionsObservationsRoute,
} from "../../apps/web/src/app/api/v1/indicators/[slug]/observations/route";
import { GET as getIndicatorRoute } from "../../apps/web/src/app/api/v1/indicators/[slug]/route";
import { GET as listRoute } from "../../apps/web/src/app/api/v1/indicators/route";
import { GET as openApiRoute } from "../../apps/web/src/app/api/v1/openapi.json/route";
import { serveAppFrom, switchAppTo } from "./support/app-database";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

let db: TTestDatabase;

const DRAFT_SLUG = "borrador-rest";
const DRAFT_VALUE = 987654;
const FIGURES_SLUG = "cifras-de-prueba-rest";
const EMPTY_SLUG = "sin-valores-rest";
const MUNICIPAL_SLUG = "proyectos-innovacion-publica";
const COMUNAS_SLUG = "participacion-presupuestos-participativos";
const TRICKY_NOTE = 'Corte a 30/06, con "ajuste" de cifras;\nrevisado';

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  await seedIndicators(db.prisma, [
    {
      slug: FIGURES_SLUG,
      code: "TST-REST-01",
      name: "Presupuesto de prueba",
      description: "Valores grandes y con decimales para el CSV.",
      dimension: "CONTEXTO",
      unit: "CURRENCY_COP",
      decimals: 2,
      periodicity: "QUARTERLY",
      sourceName: "Pruebas",
      isDemo: true,
      observations: [
        { period: "2024-Q1", value: 1234567.89 },
        { period: "2024-Q2", value: 0.25, provisional: true },
        { period: "2024-Q3", value: 12345678901234.5 },
      ],
    },
    {
      slug: EMPTY_SLUG,
      code: "TST-REST-02",
      name: "Indicador sin valores",
      description: "Todavía sin datos.",
      dimension: "CONTEXTO",
      unit: "COUNT",
      decimals: 0,
      periodicity: "ANNUAL",
      sourceName: "Pruebas",
      isDemo: true,
      observations: [],
    },
  ]);
  await db.prisma.observation.updateMany({
    where: { indicator: { slug: FIGURES_SLUG }, period: "2024-Q1" },
    data: { note: TRICKY_NOTE },
  });
  const draft = await db.prisma.indicator.create({
    data: {
      slug: DRAFT_SLUG,
      code: "BRR-REST",
      name: "Indicador en borrador",
      description: "Aún no revisado.",
      dimension: "PARTICIPACION_CIUDADANA",
      unit: "COUNT",
      periodicity: "ANNUAL",
      sourceName: "Borrador interno",
      status: "DRAFT",
    },
  });
  await db.prisma.observation.create({
    data: { indicatorId: draft.id, period: "2024", value: DRAFT_VALUE },
  });
});
serveAppFrom(() => db);

afterAll(async () => {
  await db?.drop();
});

/** RFC 4180 fields, quotes and line breaks inside quotes included. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** CSV data rows as objects keyed by the header. */
function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])));
}

async function rejection(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error("expected the call to be rejected, but it succeeded");
    },
    (e: unknown) => e,
  );
}

function request(path: string) {
  return new Request(`http://localhost${path}`);
}
const slugContext = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe("the documents the services build", () => {
  it("CSV: a header row, then exactly the rows of the page's table", async () => {
    const document = await getIndicatorObservations(db.prisma, MUNICIPAL_SLUG, {});
    const csv = indicatorObservationsCsv(document);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split("\r\n")[0]).toBe(INDICATOR_CSV_COLUMNS.join(","));

    // What the indicator page renders: the tRPC bySlug result, municipal series.
    const page = await createCaller({ session: null, prisma: db.prisma }).indicators.bySlug({
      slug: MUNICIPAL_SLUG,
    });
    const table = municipalSeries(page.observations);
    expect(table.length).toBeGreaterThan(1);
    expect(csvRecords(csv)).toEqual(
      table.map((o) => ({
        indicator_code: page.code,
        indicator_slug: page.slug,
        period: o.period,
        geography: "bucaramanga",
        geography_name: "Bucaramanga (total municipal)",
        value: String(o.value),
        unit: "proyectos",
        provisional: String(o.provisional),
        note: o.note ?? "",
      })),
    );
    // JSON carries the same rows.
    expect(document.observations.map((o) => [o.period, o.value])).toEqual(
      table.map((o) => [o.period, o.value]),
    );
  });

  it("filters by range and comunas as the page does, and CSV and JSON agree", async () => {
    const document = await getIndicatorObservations(db.prisma, COMUNAS_SLUG, {
      desde: "2022",
      hasta: "2023",
      comunas: "1,comuna-05",
    });
    expect(document.view).toEqual({
      from: "2022",
      to: "2023",
      geographies: ["comuna-01", "comuna-05"],
    });
    const pairs = document.observations.map((o) => `${o.period} ${o.geography}`);
    // The page's series, one after the other: municipal first, then each comuna.
    expect(pairs).toEqual([
      "2022 bucaramanga",
      "2023 bucaramanga",
      "2022 comuna-01",
      "2023 comuna-01",
      "2022 comuna-05",
      "2023 comuna-05",
    ]);
    const page = seriesForView(await getPublishedIndicator(db.prisma, COMUNAS_SLUG), document.view);
    expect(pairs).toEqual(
      page.series.flatMap((series) => series.points.map((p) => `${p.period} ${series.key}`)),
    );
    expect(document.observations[4]?.geographyName).toBe("Comuna 5 – García Rovira");

    const stored = await db.prisma.observation.findMany({
      where: { indicator: { slug: COMUNAS_SLUG } },
      select: { period: true, geography: true, value: true },
    });
    const storedValue = new Map(stored.map((o) => [`${o.period} ${o.geography}`, o.value]));
    for (const o of document.observations) {
      expect(o.value).toBe(storedValue.get(`${o.period} ${o.geography}`)?.toNumber());
    }

    const records = csvRecords(indicatorObservationsCsv(document));
    expect(records.map((r) => [r.period, r.geography, r.geography_name, Number(r.value)])).toEqual(
      document.observations.map((o) => [o.period, o.geography, o.geographyName, o.value]),
    );
    // UTF-8 as is: the en dash and accents are not mangled or escaped.
    expect(records[4]?.geography_name).toBe("Comuna 5 – García Rovira");
  });

  it("normalises nonsense parameters instead of failing", async () => {
    const all = await getIndicatorObservations(db.prisma, COMUNAS_SLUG, {});
    const odd = await getIndicatorObservations(db.prisma, COMUNAS_SLUG, {
      desde: "abc",
      hasta: "2099",
      comunas: "99,centro,<script>",
    });
    expect(odd.view).toEqual({ from: "2021", to: "2024", geographies: [] });
    expect(odd.observations).toEqual(all.observations);
    expect(new Set(all.observations.map((o) => o.geography))).toEqual(new Set(["bucaramanga"]));

    const swapped = await getIndicatorObservations(db.prisma, COMUNAS_SLUG, {
      desde: "2023",
      hasta: "2022",
    });
    expect(swapped.observations.map((o) => o.period)).toEqual(["2022", "2023"]);

    // Comunas mean nothing for an indicator without a breakdown.
    const municipal = await getIndicatorObservations(db.prisma, MUNICIPAL_SLUG, { comunas: "1" });
    expect(municipal.view.geographies).toEqual([]);
  });

  it("writes values with a dot and no thousands separator, and quotes awkward notes", async () => {
    const document = await getIndicatorObservations(db.prisma, FIGURES_SLUG, {
      desde: "2024-T1",
    });
    const csv = indicatorObservationsCsv(document);
    const records = csvRecords(csv);
    expect(records.map((r) => [r.period, r.value, r.provisional])).toEqual([
      ["2024-Q1", "1234567.89", "false"],
      ["2024-Q2", "0.25", "true"],
      ["2024-Q3", "12345678901234.5", "false"],
    ]);
    expect(records[0]?.note).toBe(TRICKY_NOTE);
    expect(records[0]?.unit).toBe("Pesos colombianos (COP)");
    expect(csv).not.toMatch(/1\.234\.567|1234567,89|0,25/);
    expect(csv).not.toContain("$");
  });

  it("publishes the indicator's metadata with the values, and nothing internal", async () => {
    const document = ZIndicatorDocument.parse(await getIndicatorDocument(db.prisma, COMUNAS_SLUG));
    const { indicator } = document;
    expect(indicator).toMatchObject({
      slug: COMUNAS_SLUG,
      code: "PAR-02",
      unit: "PERCENTAGE",
      periodicity: "ANNUAL",
      geographicBreakdown: "COMUNAS",
      isDemo: true,
      responsibleOffice: "Secretaría de Desarrollo Social",
      links: {
        page: `/indicadores/${COMUNAS_SLUG}`,
        csv: `/api/v1/indicators/${COMUNAS_SLUG}/observations?format=csv`,
      },
    });
    expect(indicator.sourceName).toMatch(/demostración/);
    expect(indicator.methodology).toMatch(/Datos de demostración/);
    expect(indicator.license.name).toMatch(/CC BY 4\.0/);
    expect(indicator.license.note).toMatch(/Ley 1712/);
    expect(Object.keys(indicator)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(id|status|createdById|observations)$/)]),
    );
    // The whole indicator: every comuna and the municipal series, all periods.
    expect(document.observations).toHaveLength(4 + 4 * 17);

    const target = ZIndicatorDocument.parse(
      await getIndicatorDocument(db.prisma, "servidores-formados-innovacion"),
    );
    expect(target.indicator).toMatchObject({ targetValue: 30, targetDate: "2027-12-31" });
  });

  it("lists published indicators with their latest municipal value, never a draft", async () => {
    const { indicators } = ZIndicatorList.parse(await listIndicatorSummaries(db.prisma));
    const bySlug = new Map(indicators.map((i) => [i.slug, i]));
    expect(bySlug.has(DRAFT_SLUG)).toBe(false);
    expect(JSON.stringify(indicators)).not.toContain(String(DRAFT_VALUE));
    expect(bySlug.get(COMUNAS_SLUG)?.latest).toEqual({
      period: "2024",
      value: 7,
      provisional: false,
    });
    expect(bySlug.get("sedes-con-conectividad")?.latest).toEqual({
      period: "2025",
      value: 71.4,
      provisional: true,
    });
    expect(bySlug.get(EMPTY_SLUG)?.latest).toBeNull();
  });

  it("never exports a draft: it is not found, as an unknown slug is", async () => {
    // Called one at a time: a promise that rejects before it is awaited is "unhandled".
    for (const call of [
      () => getIndicatorDocument(db.prisma, DRAFT_SLUG),
      () => getIndicatorObservations(db.prisma, DRAFT_SLUG, {}),
      () => getIndicatorObservations(db.prisma, "no-existe", {}),
    ]) {
      const error = await rejection(call());
      expect(isAppError(error) && error.code).toBe("NOT_FOUND");
    }
  });
});

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("describes every route under /api/v1, and nothing else", () => {
    const root = join(import.meta.dirname, "../../apps/web/src/app/api/v1");
    const routes = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => basename(file) === "route.ts")
      .map((file) => `/${dirname(file).split(sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}"))
      .sort();
    // Paths that name their own server (the catalogs at the site's root) are not under /api/v1.
    const underApi = Object.entries(document.paths)
      .filter(([, item]) => !("servers" in item))
      .map(([path]) => path);
    expect(underApi.sort()).toEqual(routes);
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "/api/v1" }]);
  });

  it("declares path parameters, the format choices and the error responses", () => {
    const observations = document.paths["/indicators/{slug}/observations"].get;
    expect(observations.parameters.map((p) => p.name)).toEqual([
      "slug",
      "format",
      "desde",
      "hasta",
      "comunas",
    ]);
    expect(Object.keys(observations.responses)).toEqual(["200", "400", "404", "500"]);
    expect(Object.keys(observations.responses["200"].content)).toEqual([
      "application/json",
      "text/csv",
    ]);
    expect(document.paths["/indicators/{slug}"].get.parameters[0]).toMatchObject({
      name: "slug",
      in: "path",
      required: true,
    });
  });

  it("resolves every schema reference", () => {
    const text = JSON.stringify(document);
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(5);
    for (const id of refs) expect(document.components.schemas).toHaveProperty(id as string);
    expect(text).not.toContain('"$id"');
  });
});

describe("the route handlers, in process", () => {
  it("lists indicators as open, briefly cacheable JSON", async () => {
    const response = await listRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    const body = ZIndicatorList.parse(await response.json());
    expect(body.indicators.map((i) => i.slug)).not.toContain(DRAFT_SLUG);
  });

  it("serves the indicator inline, and 404 in the error shape for drafts and unknown slugs", async () => {
    const found = await getIndicatorRoute(
      request(`/api/v1/indicators/${MUNICIPAL_SLUG}`),
      slugContext(MUNICIPAL_SLUG),
    );
    expect(found.status).toBe(200);
    expect(found.headers.get("content-disposition")).toBeNull();
    expect(ZIndicatorDocument.parse(await found.json()).indicator.slug).toBe(MUNICIPAL_SLUG);

    for (const slug of [DRAFT_SLUG, "no-existe", "NO ES UN SLUG"]) {
      const response = await getIndicatorRoute(
        request(`/api/v1/indicators/${slug}`),
        slugContext(slug),
      );
      expect(response.status).toBe(404);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(ZRestError.parse(await response.json())).toEqual({
        error: {
          code: "NOT_FOUND",
          message: "No existe un indicador publicado con esa dirección.",
        },
      });
    }
  });

  it("downloads CSV with its headers and the service's exact bytes", async () => {
    const path = `/api/v1/indicators/${COMUNAS_SLUG}/observations?format=csv&desde=2023&comunas=2`;
    const response = await getObservationsRoute(request(path), slugContext(COMUNAS_SLUG));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${COMUNAS_SLUG}.csv"`,
    );
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const expected = indicatorObservationsCsv(
      await getIndicatorObservations(db.prisma, COMUNAS_SLUG, { desde: "2023", comunas: "2" }),
    );
    expect(new TextDecoder().decode(bytes)).toBe(expected);
    expect(csvRecords(expected).map((r) => `${r.period} ${r.geography}`)).toEqual([
      "2023 bucaramanga",
      "2024 bucaramanga",
      "2023 comuna-02",
      "2024 comuna-02",
    ]);
  });

  it("serves JSON inline by default and as a file when format=json is asked for", async () => {
    const base = `/api/v1/indicators/${COMUNAS_SLUG}/observations`;
    const inline = await getObservationsRoute(
      request(`${base}?comunas=3`),
      slugContext(COMUNAS_SLUG),
    );
    expect(inline.headers.get("content-disposition")).toBeNull();
    const body = ZIndicatorObservationsDocument.parse(await inline.json());
    expect(body.view.geographies).toEqual(["comuna-03"]);

    const file = await getObservationsRoute(
      request(`${base}?format=json&comunas=3`),
      slugContext(COMUNAS_SLUG),
    );
    expect(file.headers.get("content-type")).toMatch(/^application\/json/);
    expect(file.headers.get("content-disposition")).toBe(
      `attachment; filename="${COMUNAS_SLUG}.json"`,
    );
    expect(await file.json()).toEqual(body);
  });

  it("answers an unknown format with 400 and a Spanish message naming csv and json", async () => {
    const response = await getObservationsRoute(
      request(`/api/v1/indicators/${MUNICIPAL_SLUG}/observations?format=xml`),
      slugContext(MUNICIPAL_SLUG),
    );
    expect(response.status).toBe(400);
    const { error } = ZRestError.parse(await response.json());
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/Formato no disponible.*csv.*json/);
  });

  it("hides an unexpected failure behind a generic 500, without a stack", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    // A real fault: the app's database server is not there (nothing listens on port 1).
    await switchAppTo({
      kind: "postgres",
      url: "postgresql://lab@127.0.0.1:1/ausente",
      host: "127.0.0.1",
      port: 1,
      database: "ausente",
    });
    try {
      const response = await getObservationsRoute(
        request(`/api/v1/indicators/${MUNICIPAL_SLUG}/observations`),
        slugContext(MUNICIPAL_SLUG),
      );
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|ausente|\bat\b/);
      expect(ZRestError.parse(JSON.parse(text)).error.code).toBe("INTERNAL_SERVER_ERROR");
      expect(log).toHaveBeenCalled();
    } finally {
      await switchAppTo(db.config);
      log.mockRestore();
    }
  });

  it("answers the CORS preflight and serves the OpenAPI document", async () => {
    const preflight = optionsObservationsRoute();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");

    const response = await openApiRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it("exports an official's new value and ficha change only once an admin publishes them", async () => {
    const admin = await createSessionUser(db.prisma, "ADMIN");
    const staff = createCaller({ session: admin, prisma: db.prisma });
    await staff.indicators.recordObservation({
      indicatorSlug: EMPTY_SLUG,
      period: "2025",
      value: 4242,
    });
    const { metadataVersion } = await staff.indicators.workspace({ slug: EMPTY_SLUG });
    await staff.indicators.updateMetadata({
      indicatorSlug: EMPTY_SLUG,
      metadataVersion,
      changes: { name: "Indicador ya con valores" },
    });

    const exported = async () => {
      const list = ZIndicatorList.parse(await (await listRoute()).json());
      const one = ZIndicatorDocument.parse(
        await (
          await getIndicatorRoute(
            request(`/api/v1/indicators/${EMPTY_SLUG}`),
            slugContext(EMPTY_SLUG),
          )
        ).json(),
      );
      const csv = await (
        await getObservationsRoute(
          request(`/api/v1/indicators/${EMPTY_SLUG}/observations?format=csv`),
          slugContext(EMPTY_SLUG),
        )
      ).text();
      return {
        latest: list.indicators.find((i) => i.slug === EMPTY_SLUG)?.latest,
        name: one.indicator.name,
        values: one.observations.map((o) => [o.period, o.value]),
        csv: csvRecords(csv).map((r) => [r.period, r.value]),
      };
    };
    expect(await exported()).toEqual({
      latest: null,
      name: "Indicador sin valores",
      values: [],
      csv: [],
    });

    const { revision } = await staff.indicators.workspace({ slug: EMPTY_SLUG });
    await staff.indicators.publish({ indicatorSlug: EMPTY_SLUG, revision });
    expect(await exported()).toEqual({
      latest: { period: "2025", value: 4242, provisional: false },
      name: "Indicador ya con valores",
      values: [["2025", 4242]],
      csv: [["2025", "4242"]],
    });
  });
});
