import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKey, createPageCache } from "../../../apps/web/page-cache.mjs";

const req = (url: string, headers: Record<string, string> = {}, method = "GET") => ({
  method,
  url,
  headers,
});

describe("which requests may be answered from the page cache", () => {
  it("keys anonymous page requests by language, encoding and full URL", () => {
    expect(cacheKey(req("/indicadores/x?vista=tabla", { "accept-encoding": "gzip, br" }))).toBe(
      "es|gzip|/indicadores/x?vista=tabla",
    );
    expect(cacheKey(req("/", { cookie: "a=1; lang=en" }))).toBe("en|identity|/");
    expect(cacheKey(req("/", { cookie: "lang=xx" }))).toBe("es|identity|/");
  });

  it("never caches for a signed-in person, the workspace, APIs, RSC payloads or writes", () => {
    expect(cacheKey(req("/", { cookie: "next-auth.session-token=abc" }))).toBeNull();
    expect(cacheKey(req("/", { cookie: "__Secure-next-auth.session-token=abc" }))).toBeNull();
    expect(cacheKey(req("/admin"))).toBeNull();
    expect(cacheKey(req("/ingresar?callbackUrl=/admin"))).toBeNull();
    expect(cacheKey(req("/api/v1/indicators"))).toBeNull();
    expect(cacheKey(req("/indicadores", { rsc: "1" }))).toBeNull();
    expect(cacheKey(req("/indicadores?_rsc=abc"))).toBeNull();
    expect(cacheKey(req("/", {}, "POST"))).toBeNull();
  });
});

describe("the page cache around a renderer", () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  async function start(active: () => boolean, html: () => string, setCookie = false) {
    const pages = createPageCache({ isActive: active });
    let renders = 0;
    server = createServer((rq, rs) => {
      if (pages.serve(rq, rs)) return;
      pages.capture(rq, rs);
      renders += 1;
      rs.setHeader("content-type", "text/html; charset=utf-8");
      if (setCookie) rs.setHeader("set-cookie", "x=1");
      rs.write("<p>");
      rs.end(`${html()}</p>`);
    });
    await new Promise<void>((resolve) => server?.listen(0, resolve));
    const { port } = server.address() as AddressInfo;
    const get = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/indicadores/x`);
      return { body: await res.text(), cache: res.headers.get("x-page-cache") };
    };
    return { pages, get, renders: () => renders };
  }

  it("serves the second request from memory and renders again after a change", async () => {
    let value = "73";
    const { pages, get, renders } = await start(
      () => true,
      () => value,
    );
    expect(await get()).toEqual({ body: "<p>73</p>", cache: "MISS" });
    expect(await get()).toEqual({ body: "<p>73</p>", cache: "HIT" });
    expect(renders()).toBe(1);
    value = "81";
    pages.clear();
    expect(await get()).toEqual({ body: "<p>81</p>", cache: "MISS" });
  });

  it("keeps nothing while the data cache is not listening to the bus", async () => {
    const { get, renders } = await start(
      () => false,
      () => "73",
    );
    await get();
    expect((await get()).cache).toBe("MISS");
    expect(renders()).toBe(2);
  });

  it("never keeps a response that sets a cookie", async () => {
    const { get, renders } = await start(
      () => true,
      () => "73",
      true,
    );
    await get();
    await get();
    expect(renders()).toBe(2);
  });
});
