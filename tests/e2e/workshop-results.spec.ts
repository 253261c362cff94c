import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { SEED_WORKSHOP } from "../../packages/db/src/seed/workshop";
import { DEMO_ATTENDEES } from "../../packages/db/src/seed/workshop-demo";
import { blockingViolations } from "./axe";

// A citizen reads the results of the seed workshop (with its demo outcomes): the capacity
// map as a table, the contributions sorted by votes, the CSV download, the printable page;
// and no public page shows an attendee's name or email, or a facilitator's name given
// without consent (Ley 1581; the API side is tests/integration/workshops-privacy.test.ts).

const PAGE = `/talleres/${SEED_WORKSHOP.slug}`;

/** The votes of the contributions listed under one capacity type, in page order. */
async function votesUnder(page: Page, capacityType: string): Promise<number[]> {
  const group = page
    .getByRole("heading", { level: 5, name: new RegExp(`^${capacityType} \\(\\d+\\)$`) })
    .locator("xpath=following-sibling::ol[1]");
  const items = await group.getByRole("listitem").all();
  return Promise.all(items.map(async (item) => Number(await item.getAttribute("data-votes"))));
}

function heatTable(page: Page): Locator {
  return page.getByRole("table", { name: /Capacidades que cada institución puede aportar/ });
}

test("a citizen reads the capacity map, sorts contributions by votes and downloads them", async ({
  page,
}) => {
  await page.goto("/talleres");
  await page.getByRole("link", { name: /Bucaramanga avanza con innovación/ }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await expect(page.getByRole("heading", { name: "Socialización de resultados" })).toBeVisible();
  // Invented outcomes say so, in words.
  await expect(page.getByText(/incluyen datos de demostración/)).toBeVisible();
  await expect(page.getByText("Demostración", { exact: true }).first()).toBeVisible();

  // Attendance in figures, institutions by type as a table (the chart's alternative).
  await expect(page.getByText("Personas asistentes").first()).toBeVisible();
  const byType = page.getByRole("table", { name: "Instituciones participantes por tipo" });
  await expect(byType.getByRole("row", { name: /Universidad/ })).toContainText("2");

  // The heat table: a real table, the level in words in each cell.
  const map = heatTable(page);
  await expect(map.getByRole("columnheader")).toHaveText([
    "Institución",
    "Física",
    "Humana",
    "Tecnológica",
    "Económica",
    "Social",
  ]);
  const utn = map.getByRole("row", { name: /Universidad Tecnológica del Nororiente/ });
  await expect(utn.getByRole("cell").nth(1)).toContainText("Fuerte");
  await expect(utn.getByRole("cell").nth(4)).toContainText("Ninguna");
  // A cell staff left empty is suggested from the contributions, and says so.
  await expect(map.getByText("(sugerido por los aportes)").first()).toBeVisible();

  // In order of record, physical capacity reads 9, 4, 8 votes; sorted, most voted first.
  expect(await votesUnder(page, "Física")).toEqual([9, 4, 8]);
  await page.getByRole("link", { name: "Por votos (más votados primero)" }).click();
  await expect(page).toHaveURL(/\?orden=votos#aportes$/);
  await expect(page.getByRole("link", { name: "Por votos (más votados primero)" })).toHaveAttribute(
    "aria-current",
    "true",
  );
  expect(await votesUnder(page, "Física")).toEqual([9, 8, 4]);
  const humana = await votesUnder(page, "Humana");
  expect(humana).toEqual([...humana].sort((a, b) => b - a));

  // Alliances with status and progress.
  const alliance = page.getByRole("listitem").filter({
    has: page.getByRole("heading", { name: /Semillero de datos abiertos/ }),
  });
  await expect(alliance).toContainText("Activa desde");
  await expect(alliance.getByRole("progressbar", { name: "Avance" })).toHaveAttribute(
    "value",
    "80",
  );

  // The contributions as CSV.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Aportes (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${SEED_WORKSHOP.slug}-aportes.csv`);
  const csv = await readFile((await download.path()) as string, "utf8");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    "question_order,question,text,institution,institution_type,capacity_types,tags,votes,status,is_demo",
  );
  expect(lines.length).toBeGreaterThanOrEqual(15);
  expect(csv).toContain("Semilleros de investigación en ciencia de datos");
  for (const person of DEMO_ATTENDEES) expect(csv).not.toContain(person.email);

  expect(await blockingViolations(page)).toEqual([]);
});

test("the printable results keep the tables and drop the site's frame and buttons", async ({
  page,
}) => {
  await page.goto(PAGE);
  await page.getByRole("link", { name: "Versión para imprimir" }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}/imprimir$`));
  await expect(page.getByRole("button", { name: "Imprimir" })).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Imprimir" })).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
  await expect(heatTable(page)).toBeVisible();
  await expect(page.getByRole("link", { name: "Por votos (más votados primero)" })).toHaveCount(0);
  expect(await heatTable(page).evaluate((table) => getComputedStyle(table).breakInside)).toBe(
    "avoid",
  );
});

test("the home page shows the latest published results, and the list their figures", async ({
  page,
}) => {
  await page.goto("/");
  const block = page.getByRole("region", { name: "Talleres" });
  const latest = block.locator("div").filter({
    has: page.getByRole("heading", { name: "Últimos resultados publicados" }),
  });
  await expect(latest).toBeVisible();
  await expect(latest.getByText("Personas asistentes")).toBeVisible();
  // Other specs may publish a workshop of their own first: the block names whichever results
  // were published last, and its link leads to them.
  await latest.locator('a[href$="#resultados"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Resultados publicados").first()).toBeVisible();

  await page.goto("/talleres");
  const past = page.getByRole("region", { name: "Talleres realizados" });
  await expect(past.getByText("Aportes", { exact: true }).first()).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);
});

test("no public page shows an attendee's name or email, nor a hidden facilitator's name", async ({
  page,
}) => {
  const secrets = [
    ...DEMO_ATTENDEES.flatMap((a) => [a.personName, a.email]),
    ...SEED_WORKSHOP.facilitators.map((f) => f.personName),
  ].map((s) => s.toLowerCase());
  for (const path of [
    "/",
    "/talleres",
    PAGE,
    `${PAGE}?orden=votos`,
    `${PAGE}/imprimir`,
    "/indicadores?dimension=PARTICIPACION_CIUDADANA",
    "/indicadores/participantes-cocreacion?vista=tabla",
    "/indicadores/instituciones-participantes-talleres",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const html = (await page.content()).toLowerCase();
    expect(
      secrets.filter((s) => html.includes(s)),
      path,
    ).toEqual([]);
  }
});
