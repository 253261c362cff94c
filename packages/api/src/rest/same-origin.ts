// Cross-site request forgery guard for endpoints that change data (the tRPC mutations; next-auth
// guards its own routes). Browsers send Origin on every POST and Sec-Fetch-Site on all recent
// versions, and a page cannot forge either; a request without both is not from a browser, so
// it carries no victim's cookies by accident.

export type TOriginCheck = {
  method: string;
  /** The request's headers (a Web Headers object). */
  headers: Pick<Headers, "get">;
  /** Honour X-Forwarded-Host (TRUST_PROXY=1). */
  trustProxy?: boolean;
  /** Further origins that are this site, e.g. the public address in NEXTAUTH_URL. */
  allowedOrigins?: readonly string[];
};

export const CROSS_SITE_MESSAGE =
  "Solicitud rechazada: los cambios solo se aceptan desde páginas de este mismo sitio.";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** `host` as the host part of a URL with `protocol`, so default ports compare equal. */
function normalHost(protocol: string, host: string): string | null {
  try {
    return new URL(`${protocol}//${host}`).host;
  } catch {
    return null;
  }
}

/** True when a request that may change data comes from a page of another site. */
export function isCrossSiteRequest({
  method,
  headers,
  trustProxy = false,
  allowedOrigins = [],
}: TOriginCheck): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("origin")?.trim();
  if (origin) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return true; // includes "null": sandboxed frames, opaque origins
    }
    if (allowedOrigins.some((allowed) => safeOrigin(allowed) === url.origin)) return false;
    const hosts = [
      headers.get("host"),
      trustProxy ? headers.get("x-forwarded-host")?.split(",")[0] : null,
    ];
    return !hosts.some((host) => host && normalHost(url.protocol, host.trim()) === url.host);
  }
  // No Origin: trust the browser's own verdict when it gives one.
  const site = headers.get("sec-fetch-site")?.trim().toLowerCase();
  return site === "cross-site" || site === "same-site";
}

function safeOrigin(raw: string): string | null {
  try {
    return new URL(raw).origin;
  } catch {
    return null;
  }
}

/** The 403 a cross-site write gets, in the REST API's error shape. */
export function crossSiteRefusal(): Response {
  return Response.json(
    { error: { code: "FORBIDDEN", message: CROSS_SITE_MESSAGE } },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}
