import { describe, expect, it } from "vitest";
import { isCrossSiteRequest, type TOriginCheck } from "./same-origin";

const HOST = "datos.bucaramanga.gov.co";

function check(headers: Record<string, string>, extra: Partial<TOriginCheck> = {}) {
  return isCrossSiteRequest({ method: "POST", headers: new Headers(headers), ...extra });
}

describe("isCrossSiteRequest", () => {
  it("allows a POST from a page of this site", () => {
    expect(check({ host: HOST, origin: `https://${HOST}`, "sec-fetch-site": "same-origin" })).toBe(
      false,
    );
    expect(check({ host: "localhost:3180", origin: "http://localhost:3180" })).toBe(false);
  });

  it("treats a default port in the Host header as no port", () => {
    expect(check({ host: `${HOST}:443`, origin: `https://${HOST}` })).toBe(false);
    expect(check({ host: `${HOST.toUpperCase()}`, origin: `https://${HOST}` })).toBe(false);
  });

  it("refuses a POST whose Origin is another site, another port or a sibling subdomain", () => {
    expect(check({ host: HOST, origin: "https://atacante.example" })).toBe(true);
    expect(check({ host: "localhost:3180", origin: "http://localhost:3181" })).toBe(true);
    expect(check({ host: HOST, origin: "https://otro.bucaramanga.gov.co" })).toBe(true);
  });

  it("lets Origin decide even when Sec-Fetch-Site is present", () => {
    expect(
      check({ host: HOST, origin: "https://atacante.example", "sec-fetch-site": "same-origin" }),
    ).toBe(true);
  });

  it("refuses an opaque or malformed Origin", () => {
    expect(check({ host: HOST, origin: "null" })).toBe(true);
    expect(check({ host: HOST, origin: "not a url" })).toBe(true);
  });

  it("without Origin, refuses what Sec-Fetch-Site calls cross-site or same-site", () => {
    expect(check({ host: HOST, "sec-fetch-site": "cross-site" })).toBe(true);
    expect(check({ host: HOST, "sec-fetch-site": "same-site" })).toBe(true);
    expect(check({ host: HOST, "sec-fetch-site": "same-origin" })).toBe(false);
    expect(check({ host: HOST, "sec-fetch-site": "none" })).toBe(false);
  });

  it("allows a call with neither header: not a browser, so no victim's cookies", () => {
    expect(check({ host: HOST })).toBe(false);
  });

  it("never checks reads", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) {
      expect(
        isCrossSiteRequest({
          method,
          headers: new Headers({ host: HOST, origin: "https://atacante.example" }),
        }),
      ).toBe(false);
    }
  });

  it("checks every other method", () => {
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      expect(
        isCrossSiteRequest({
          method,
          headers: new Headers({ host: HOST, origin: "https://atacante.example" }),
        }),
      ).toBe(true);
    }
  });

  it("honours X-Forwarded-Host only behind a trusted proxy", () => {
    const headers = {
      host: "127.0.0.1:3000",
      "x-forwarded-host": HOST,
      origin: `https://${HOST}`,
    };
    expect(check(headers)).toBe(true);
    expect(check(headers, { trustProxy: true })).toBe(false);
    expect(check({ ...headers, origin: "https://atacante.example" }, { trustProxy: true })).toBe(
      true,
    );
  });

  it("accepts the site's configured public origin", () => {
    const headers = { host: "127.0.0.1:3000", origin: `https://${HOST}` };
    expect(check(headers, { allowedOrigins: [`https://${HOST}/`] })).toBe(false);
    expect(check(headers, { allowedOrigins: ["not a url"] })).toBe(true);
    expect(
      check(
        { ...headers, origin: "https://atacante.example" },
        { allowedOrigins: [`https://${HOST}`] },
      ),
    ).toBe(true);
  });
});
