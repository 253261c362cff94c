import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page, test } from "@playwright/test";

// The server runs with TRUST_PROXY=1 (playwright.config.ts): each test that fails logins
// claims its own address, so no lock reaches 127.0.0.1, which the other specs log in from.
// The demo PUBLISHER account is locked here: no other spec uses it.
const TIC = { email: "tic@demo.bucaramanga.gov.co", password: "demo-tic-2024" };
const WRONG = "Correo o contraseña incorrectos.";
const LOCKED =
  "Demasiados intentos fallidos. Por seguridad, espere 15 minutos antes de intentar de nuevo.";
const EMBED = "/embed/indicadores/conjuntos-datos-abiertos";

async function logIn(page: Page, email: string, password: string, labels = LABELS_ES) {
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: labels.submit }).click();
  await answered;
  return page.locator("form [role=alert]");
}
const LABELS_ES = { email: "Correo electrónico", password: "Contraseña", submit: "Ingresar" };
const LABELS_EN = { email: "Email", password: "Password", submit: "Sign in" };

test("repeated wrong passwords lock the account, with a message of its own", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.10" });
  await page.goto("/ingresar");
  for (let i = 0; i < 5; i += 1) {
    await expect(await logIn(page, TIC.email, `no-es-la-clave-${i}`)).toHaveText(WRONG);
  }
  const alert = await logIn(page, TIC.email, TIC.password);
  await expect(alert).toHaveText(LOCKED);
  await expect(page).toHaveURL(/\/ingresar/);

  // The account stays locked from any address, and says so in English too.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.11" });
  await page.goto("/idioma?lang=en&volver=/ingresar");
  await expect(await logIn(page, TIC.email, TIC.password, LABELS_EN)).toHaveText(
    "Too many failed attempts. For your security, wait 15 minutes before trying again.",
  );
});

test("an address with repeated failures is locked for every email, known or not", async ({
  page,
}) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.20" });
  await page.goto("/ingresar");
  for (let i = 0; i < 5; i += 1) {
    await expect(await logIn(page, `nadie-${i}@bucaramanga.gov.co`, "clave")).toHaveText(WRONG);
  }
  await expect(await logIn(page, "otra-persona@bucaramanga.gov.co", "clave")).toHaveText(LOCKED);
});

for (const path of ["/", "/indicadores/x", EMBED]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    if (path === EMBED) {
      expect(csp).toContain("frame-ancestors *");
      expect(headers["x-frame-options"]).toBeUndefined();
    } else {
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"]).toBe("DENY");
    }
    // Plain HTTP: no HSTS.
    expect(headers["strict-transport-security"]).toBeUndefined();
  });
}

test("HSTS only on requests that came over HTTPS, even from the page cache", async ({
  request,
}) => {
  const url = `/?hsts=${Date.now()}`;
  const https = await request.get(url, { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  const http = await request.get(url);
  expect(http.headers()["strict-transport-security"]).toBeUndefined();
  // Cached pages keep the other headers.
  expect(http.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const again = await request.get(url, { headers: { "x-forwarded-proto": "https" } });
  expect(again.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
});

test("another site may frame the embed, and nothing else", async ({ page }) => {
  // A page served from 127.0.0.1, another site than localhost (both local, so Chrome's local
  // network checks let one frame the other).
  const base = new URL(test.info().project.use.baseURL ?? "");
  const html = `<iframe id="embed" src="${base.origin}${EMBED}" width="800" height="600"></iframe>
    <iframe id="home" src="${base.origin}/" width="800" height="600"></iframe>`;
  const other = createServer((_, res) => res.end(html));
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  try {
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    await expect(page.frameLocator("#embed").locator(".recharts-surface").first()).toBeVisible();
    // The home page refuses to be framed: Chrome shows its error page instead.
    const home = await page.locator("#home").elementHandle();
    await expect.poll(async () => (await home?.contentFrame())?.url()).toMatch(/^chrome-error:/);
  } finally {
    other.close();
  }
});

test("tRPC mutations from another site are refused with 403", async ({ request }) => {
  const base = test.info().project.use.baseURL ?? "";
  const mutation = "/api/trpc/indicators.recordObservation";
  const body = { json: { indicatorSlug: "x", period: "2026", value: 1 } };

  const crossSite = await request.post(mutation, {
    data: body,
    headers: { origin: "https://atacante.example" },
  });
  expect(crossSite.status()).toBe(403);
  expect((await crossSite.json()).error.message).toMatch(
    /solo se aceptan desde .* este mismo sitio/,
  );

  const fetchMetadata = await request.post(mutation, {
    data: body,
    headers: { "sec-fetch-site": "cross-site" },
  });
  expect(fetchMetadata.status()).toBe(403);

  // Same site, or no browser at all: tRPC answers (no session, so 401).
  for (const headers of [{ origin: base }, {}] as Record<string, string>[]) {
    const allowed = await request.post(mutation, { data: body, headers });
    expect(allowed.status()).toBe(401);
  }
});

test("pages run under the policy without violations: charts, downloads, language", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Refused to: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  await page.goto("/indicadores/conjuntos-datos-abiertos");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Descargar imagen PNG" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);
  const svg = page.waitForEvent("download");
  await page.getByRole("button", { name: "Descargar imagen SVG" }).click();
  expect((await svg).suggestedFilename()).toMatch(/\.svg$/);

  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/indicadores");
  await page.goto("/ingresar");
  await page.goto(EMBED);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(violations).toEqual([]);
});
