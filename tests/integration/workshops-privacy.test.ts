import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { PERMISSIONS } from "@lab/api/permissions";
import { createCaller } from "@lab/api/root";
import { CKAN_ACTION_NAMES } from "@lab/api/services/ckan/handler";
import { seed } from "@lab/db/seed";
import { DATA_CONSENT_VERSION } from "@lab/domain/participant-signup";
import { WORKSHOP_DOWNLOAD_FORMATS, WORKSHOP_DOWNLOAD_KINDS } from "@lab/domain/workshop-record";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as ckanRoute } from "../../apps/web/src/app/api/3/action/[name]/route";
import { GET as dcatDatasetRoute } from "../../apps/web/src/app/api/dcat/datasets/[slug]/[format]/route";
import { GET as datasetDownloadRoute } from "../../apps/web/src/app/api/v1/datasets/[slug]/download/route";
import { GET as datasetRowsRoute } from "../../apps/web/src/app/api/v1/datasets/[slug]/rows/route";
import { GET as observationsRoute } from "../../apps/web/src/app/api/v1/indicators/[slug]/observations/route";
import { GET as indicatorRoute } from "../../apps/web/src/app/api/v1/indicators/[slug]/route";
import { GET as indicatorsRoute } from "../../apps/web/src/app/api/v1/indicators/route";
import { GET as openApiRoute } from "../../apps/web/src/app/api/v1/openapi.json/route";
import { GET as workshopFileRoute } from "../../apps/web/src/app/api/v1/workshops/[slug]/[file]/route";
import { GET as catalogJsonLdRoute } from "../../apps/web/src/app/catalog.jsonld/route";
import { GET as catalogTurtleRoute } from "../../apps/web/src/app/catalog.ttl/route";
import { GET as dataJsonRoute } from "../../apps/web/src/app/data.json/route";
import { serveAppFrom } from "./support/app-database";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// Ley 1581 (issue #6): no attendee's email or name, and no facilitator's name given without
// consent, may appear in any public response. The database is seeded with the demo outcomes
// (attendees with names and emails, contributions tied to them) and the seed datasets; then
// every public tRPC procedure, REST and download handler, the CKAN Action API, DCAT and
// data.json are called for every published thing, and each answer is searched for them.
// The pages are Next.js routes over the same procedures; tests/e2e/workshop-results.spec.ts
// scans their HTML.

const ORIGIN = "http://localhost:3000";
const APP_DIR = join(import.meta.dirname, "../../apps/web/src/app");

// Route handlers that publish nothing from the database, or only to signed-in staff.
const NOT_PUBLIC_ROUTES = new Set([
  "api/admin/audit.csv/route.ts",
  "api/admin/datasets/[slug]/versions/route.ts",
  "api/admin/indicators/[slug]/import-template/route.ts",
  "api/admin/indicators/[slug]/import/route.ts",
  "api/auth/[...nextauth]/route.ts",
  // The tRPC endpoint: its public procedures are called below, one by one.
  "api/trpc/[trpc]/route.ts",
  // Liveness only ("ok" and the database's reachability), and the language cookie.
  "api/health/route.ts",
  "idioma/route.ts",
  // The live board's event stream: only to the board's members and moderators, signed in
  // (tests/integration/board-services.test.ts checks the door).
  "api/board/[code]/events/route.ts",
]);

// Each public route handler this scan calls (a new one fails the coverage test until added).
const SCANNED_ROUTES = new Set([
  "api/3/action/[name]/route.ts",
  "api/dcat/datasets/[slug]/[format]/route.ts",
  "api/v1/datasets/[slug]/download/route.ts",
  "api/v1/datasets/[slug]/rows/route.ts",
  "api/v1/indicators/[slug]/observations/route.ts",
  "api/v1/indicators/[slug]/route.ts",
  "api/v1/indicators/route.ts",
  "api/v1/openapi.json/route.ts",
  "api/v1/workshops/[slug]/[file]/route.ts",
  "catalog.jsonld/route.ts",
  "catalog.ttl/route.ts",
  "data.json/route.ts",
]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [relative(APP_DIR, path).split(sep).join("/")] : [];
  });
}

let db: TTestDatabase;
/** Everything that must never be public: attendees' emails and names, hidden facilitators. */
let secrets: string[] = [];
/** What was scanned, by label, for the failure message and the coverage checks. */
const scanned: { label: string; text: string }[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false, database: db.config });
  const [attendees, facilitators] = await Promise.all([
    db.prisma.workshopAttendee.findMany({ select: { personName: true, email: true } }),
    db.prisma.workshopFacilitator.findMany({
      where: { nameIsPublic: false },
      select: { personName: true },
    }),
  ]);
  secrets = [
    ...attendees.flatMap((a) => [a.personName, ...(a.email ? [a.email] : [])]),
    ...facilitators.map((f) => f.personName),
  ];
});
serveAppFrom(() => db);

afterAll(async () => {
  await db?.drop();
});

async function keep(label: string, response: Response | unknown) {
  if (response instanceof Response) {
    expect(response.status, `${label} answered ${response.status}`).toBe(200);
    scanned.push({ label, text: await response.text() });
  } else {
    scanned.push({ label, text: JSON.stringify(response) });
  }
}

const get = (path: string) => new Request(`${ORIGIN}${path}`);
const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

/** Every public procedure of the router, each with the inputs that reach every record. */
async function scanProcedures() {
  const api = createCaller({ session: null, prisma: db.prisma });
  const [indicators, workshops, search, lessons] = await Promise.all([
    api.indicators.list(),
    api.workshops.list(),
    api.datasets.search({ pageSize: 50 }),
    api.lessons.list(),
  ]);
  const boardCodes: string[] = [];
  for (const [i, workshop] of workshops.entries()) {
    const { id } = await db.prisma.workshop.findUniqueOrThrow({ where: { slug: workshop.slug } });
    const code = `PRVCY${"ABCDEFGHJK"[i]}`;
    await db.prisma.boardSession.create({ data: { workshopId: id, code } });
    boardCodes.push(code);
  }
  const lessonSlugs = lessons.modules.flatMap((m) => m.lessons.map((l) => l.slug));
  const samples: Record<string, () => Promise<unknown>[]> = {
    "indicators.list": () => [Promise.resolve(indicators)],
    "indicators.bySlug": () => indicators.map((i) => api.indicators.bySlug({ slug: i.slug })),
    "workshops.list": () => [Promise.resolve(workshops)],
    "workshops.bySlug": () => workshops.map((w) => api.workshops.bySlug({ slug: w.slug })),
    "datasets.search": () => [Promise.resolve(search)],
    "datasets.bySlug": () => search.results.map((d) => api.datasets.bySlug({ slug: d.slug })),
    "lessons.list": () => [Promise.resolve(lessons)],
    "lessons.bySlug": () => lessonSlugs.map((slug) => api.lessons.bySlug({ slug })),
    // Every question of every lesson, answered (feedback and explanations are public).
    "lessons.checkAnswer": () =>
      lessonSlugs.map(async (lessonSlug) => {
        const { quiz } = await api.lessons.bySlug({ slug: lessonSlug });
        return Promise.all(
          quiz.map((q) =>
            api.lessons.checkAnswer({
              lessonSlug,
              questionId: q.id,
              optionIds: q.kind === "FIND_VALUE" ? [] : q.options.map((o) => o.id),
              value: "1",
            }),
          ),
        );
      }),
    "participants.institutions": () => [api.participants.institutions()],
    // A board's lobby, for every seeded workshop (the one with its register among them).
    "board.lobby": () => boardCodes.map((code) => api.board.lobby({ code })),
    // Its answer names only the account it just created.
    "participants.register": () => [
      api.participants.register({
        name: "Participante del escaneo",
        email: "escaneo-privacidad@example.org",
        password: "frase larga del escaneo de privacidad",
        institution: { kind: "new", name: "Institución del escaneo", type: "OTRO" },
        consent: true,
        consentVersion: DATA_CONSENT_VERSION,
      }),
    ],
  };
  const publicPaths = Object.entries(PERMISSIONS)
    .filter(([, rule]) => rule === "public")
    .map(([path]) => path);
  for (const path of publicPaths) {
    const sample = samples[path];
    expect(sample, `${path} is public: add it to this scan`).toBeDefined();
    for (const [i, result] of (sample?.() ?? []).entries())
      await keep(`tRPC ${path} #${i}`, await result);
  }
  return { indicators, workshops, datasets: search.results };
}

async function scanRoutes(found: Awaited<ReturnType<typeof scanProcedures>>) {
  await keep("/api/v1/indicators", await indicatorsRoute());
  await keep("/api/v1/openapi.json", await openApiRoute());
  for (const { slug } of found.indicators) {
    await keep(
      `indicator ${slug}`,
      await indicatorRoute(get(`/api/v1/indicators/${slug}`), params({ slug })),
    );
    for (const format of ["csv", "json"]) {
      const path = `/api/v1/indicators/${slug}/observations?format=${format}`;
      await keep(path, await observationsRoute(get(path), params({ slug })));
    }
  }
  for (const { slug, status } of found.workshops) {
    if (status !== "RESULTS_PUBLISHED") continue;
    for (const kind of WORKSHOP_DOWNLOAD_KINDS) {
      for (const format of WORKSHOP_DOWNLOAD_FORMATS) {
        const file = `${kind}.${format}`;
        await keep(
          `/api/v1/workshops/${slug}/${file}`,
          await workshopFileRoute(get(`/api/v1/workshops/${slug}/${file}`), params({ slug, file })),
        );
      }
    }
  }
  for (const { slug } of found.datasets) {
    await keep(
      `rows ${slug}`,
      await datasetRowsRoute(get(`/api/v1/datasets/${slug}/rows?limit=10000`), params({ slug })),
    );
    await keep(
      `download ${slug}`,
      await datasetDownloadRoute(get(`/api/v1/datasets/${slug}/download`), params({ slug })),
    );
    for (const format of ["ttl", "jsonld"]) {
      await keep(
        `dcat ${slug}.${format}`,
        await dcatDatasetRoute(get(`/datos/${slug}.${format}`), params({ slug, format })),
      );
    }
  }
  await keep("/catalog.ttl", await catalogTurtleRoute(get("/catalog.ttl")));
  await keep("/catalog.jsonld", await catalogJsonLdRoute(get("/catalog.jsonld")));
  await keep("/data.json", await dataJsonRoute(get("/data.json")));
}

/** Every CKAN action, and the *_show ones for every package, organization, group and resource. */
async function scanCkan() {
  const ckan = async (name: string, query: Record<string, string> = {}) => {
    const path = `/api/3/action/${name}?${new URLSearchParams(query)}`;
    const response = await ckanRoute(get(path), params({ name }));
    const text = await response.clone().text();
    await keep(path, response);
    return JSON.parse(text).result;
  };
  const search = await ckan("package_search", { rows: "1000" });
  const packages: {
    name: string;
    organization?: { name: string };
    groups: { name: string }[];
    resources: { id: string }[];
  }[] = search.results;
  const ids = {
    package_show: packages.map((p) => p.name),
    organization_show: [
      ...new Set(packages.flatMap((p) => (p.organization ? [p.organization.name] : []))),
    ],
    group_show: [...new Set(packages.flatMap((p) => p.groups.map((g) => g.name)))],
    resource_show: packages.flatMap((p) => p.resources.map((r) => r.id)),
  };
  for (const name of CKAN_ACTION_NAMES) {
    if (name === "package_search") continue;
    if (name in ids) {
      for (const id of ids[name as keyof typeof ids])
        await ckan(name, { id, include_datasets: "true" });
    } else if (name === "datastore_search") {
      for (const id of ids.resource_show) await ckan(name, { resource_id: id, limit: "32000" });
    } else if (name === "help_show") {
      await ckan(name, { name: "package_search" });
    } else {
      await ckan(name, name.endsWith("_list") ? { all_fields: "true" } : {});
    }
  }
}

describe("the privacy scan of every public response (Ley 1581)", () => {
  it("covers every public route handler", () => {
    for (const file of routeFiles(APP_DIR)) {
      expect(
        SCANNED_ROUTES.has(file) || NOT_PUBLIC_ROUTES.has(file),
        `${file}: scan it here, or list it as not public`,
      ).toBe(true);
    }
  });

  it("finds no attendee's email or name, nor a facilitator's name without consent", async () => {
    // The seed has the demo attendees and the five facilitators to look for.
    expect(secrets.length).toBeGreaterThanOrEqual(20);
    const found = await scanProcedures();
    // The scan reaches the seed workshop's published results and its downloads.
    expect(found.workshops.some((w) => w.status === "RESULTS_PUBLISHED")).toBe(true);
    await scanRoutes(found);
    await scanCkan();
    expect(scanned.some((s) => s.label.endsWith("/contributions.csv"))).toBe(true);
    expect(scanned.some((s) => s.label.includes("datastore_search"))).toBe(true);
    // The demo contributions themselves were read (so their people could have leaked).
    expect(
      scanned.filter((s) => s.text.includes("Semilleros de investigación")).length,
    ).toBeGreaterThan(2);

    const leaks = scanned.flatMap(({ label, text }) => {
      const lower = text.toLowerCase();
      return secrets
        .filter((secret) => lower.includes(secret.toLowerCase()))
        .map((secret) => `${label}: ${secret}`);
    });
    expect(leaks).toEqual([]);
  });
});
