import { expect, test } from "@playwright/test";
import { blockingViolations } from "./axe";
import { createBoard, PASSWORD, phone, QUESTION, RULES } from "./board-support";
import { ADMIN, signedIn, trpcCall } from "./workspace";

// The live board in English, on a phone: /taller, the board's link signed out, the sign-up
// form, the lobby and the open board speak English, while what people typed (the workshop's
// texts, its rules, the question) and the consent's legal text stay Spanish, marked lang="es".
// The language is chosen with the site's switch (GET /idioma), as a reader would.

test("a participant who reads English joins a board by its code, signs up and waits in the lobby", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const admin = await signedIn(browser, baseURL, ADMIN);
  // No countdown is watched here: a minute per intervention, well within any limit.
  const board = await createBoard(admin, { secondsPerIntervention: 60 });
  const page = await phone(browser, baseURL);
  const here = `/taller/${board.code}`;

  await page.goto("/idioma?lang=en&volver=/taller");
  await expect(page).toHaveURL(/\/taller$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Join a live workshop");
  await expect(page.getByRole("listitem").filter({ hasText: "Type the workshop code" })).toHaveText(
    "Type the workshop code, or open the link the moderators shared.",
  );

  // A code that cannot be one is explained in English.
  const form = page.getByRole("form", { name: "Join with the code" });
  await form.getByLabel("Workshop code").fill("abc");
  await form.getByRole("button", { name: "Enter the workshop" }).click();
  await expect(page.getByText("The code has six letters, for example KMTRQX.")).toBeVisible();
  await expect(form.getByLabel("Workshop code")).toHaveAttribute("aria-invalid", "true");
  expect(await blockingViolations(page)).toEqual([]);

  // The board's link, signed out: English ways in; the workshop's title is Spanish, marked so.
  await form.getByLabel("Workshop code").fill(board.code.toLowerCase());
  await form.getByRole("button", { name: "Enter the workshop" }).click();
  await expect(page).toHaveURL(new RegExp(`${here}$`));
  await expect(page.getByText("Live workshop · Code")).toBeVisible();
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(board.title);
  await expect(title).toHaveAttribute("lang", "es");
  await expect(
    page.getByRole("main").getByRole("link", { name: "Sign in", exact: true }),
  ).toHaveAttribute("href", `/ingresar?callbackUrl=${here}`);
  await page.getByRole("main").getByRole("link", { name: "Create account" }).click();

  // The sign-up form in English; the consent is the Spanish legal text, and says so.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Create your participant account",
  );
  const signup = page.getByRole("form", { name: "Create a participant account" });
  const consent = signup.getByRole("region", { name: "Authorization to process personal data" });
  await expect(consent).toContainText("This authorization is shown in Spanish");
  await expect(consent.getByText(/^Lo único que se publica/)).toBeVisible();
  await expect(consent.locator("[lang=es]")).toContainText("Ley 1581 de 2012");
  await signup.getByLabel("Full name", { exact: true }).fill("Grace Miller");
  await signup.getByLabel("Email", { exact: true }).fill(`grace-${Date.now()}@example.org`);
  await signup.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await signup.getByLabel("My institution is not on the list").check();
  await signup.getByLabel("Institution", { exact: true }).fill(`Colectivo Cerros ${Date.now()}`);
  await expect(signup.getByText("Type the full name of your institution.")).toBeVisible();
  await signup.getByLabel("Type of institution").selectOption({ label: "Civil society" });
  await signup.getByLabel("I authorize the processing of my personal data on these terms.").check();
  expect(await blockingViolations(page)).toEqual([]);
  await signup.getByRole("button", { name: "Create my account" }).click();

  // Back on the board, signed in: the lobby in English, the workshop's own texts in Spanish.
  await expect(page).toHaveURL(new RegExp(`${here}$`));
  await expect(page.getByRole("status").filter({ hasText: "Waiting" })).toHaveText(
    "Waiting for the moderators to open the session",
  );
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  await expect(page.locator(".live-board__head time")).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}/);
  const agenda = page.getByRole("region", { name: "Today's agenda" });
  await expect(agenda.getByRole("listitem")).toHaveText([
    "Innovación y la cultura del dato — Oficina TIC (20 min)",
    "Explicación del taller",
  ]);
  await expect(agenda.getByText("Explicación del taller")).toHaveAttribute("lang", "es");
  const rules = page.getByRole("region", { name: "Rules for the workshop" });
  await expect(rules.getByRole("term")).toHaveText(RULES.map((rule) => rule.title));
  await expect(rules.locator("dl")).toHaveAttribute("lang", "es");
  const reminder = page.getByRole("complementary", { name: "Workshop rules" });
  await expect(reminder).toContainText("Remember");
  await expect(reminder).toContainText(RULES[0]?.title ?? "");
  expect(await blockingViolations(page)).toEqual([]);

  // The moderators open the session and the question: the board in English.
  await trpcCall(admin.request, "boardAdmin.open", { code: board.code });
  await expect(page.getByText("Wait for the first question.")).toBeVisible();
  await trpcCall(admin.request, "boardAdmin.openQuestion", {
    code: board.code,
    questionId: board.questionId,
  });
  await expect(page.getByRole("heading", { name: "Question 1" })).toBeVisible();
  await expect(page.getByText(QUESTION)).toHaveAttribute("lang", "es");
  const floor = page.getByRole("region", { name: "The floor" });
  await expect(floor.getByText("Nobody has the floor right now.")).toBeVisible();
  await floor.getByRole("button", { name: "Raise your hand" }).click();
  await expect(floor.getByText("You are number 1 in line.")).toBeVisible();
  await expect(floor.getByRole("listitem")).toHaveText("Grace Miller (you)");
  await expect(
    page.getByRole("form", { name: "Send an idea" }).getByLabel("Your idea"),
  ).toBeVisible();
  await expect(page.getByText("There are no ideas on this question yet.")).toBeVisible();
  expect(await blockingViolations(page)).toEqual([]);

  await page.context().close();
  await admin.context().close();
});
