import { expect, test } from "@playwright/test";

test("the seed workshop of 16 December 2024 is public, without facilitators' names", async ({
  page,
}) => {
  // From the list: the home page names whichever workshop published results last, and other
  // specs publish workshops of their own.
  await page.goto("/talleres");
  await page
    .getByRole("link", { name: /Bucaramanga avanza con innovación/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/talleres\/bucaramanga-avanza-con-innovacion-2024$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Bucaramanga avanza con innovación",
  );
  await expect(page.getByText("16 de diciembre de 2024").first()).toBeVisible();

  const agenda = page
    .getByRole("heading", { name: "Agenda" })
    .locator("xpath=following-sibling::ol[1]");
  await expect(agenda.getByRole("listitem")).toHaveCount(6);
  for (const rule of [
    "Encender cámara",
    "Cumplir con los tiempos",
    "Participación",
    "Micrófono en silencio",
  ]) {
    await expect(page.getByText(rule, { exact: true })).toBeVisible();
  }
  await expect(page.getByText(/Extituto de Política Abierta/)).toBeVisible();
  await expect(page.getByText(/Pestrol, 2020/)).toBeVisible();
  // Ley 1581: no consent recorded, so no facilitator's name reaches the page.
  await expect(page.getByText("Tatiana Ruiz Cañas")).toHaveCount(0);
  await expect(page.getByText(/Juan Pablo Guzmán/)).toHaveCount(0);
});
