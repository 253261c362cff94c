// The site's public address and the stable IRIs of the catalog under it. IRIs must not change
// with the Host a client happened to use, so the configured address (NEXTAUTH_URL, which
// `npm start` always sets) wins; the request's own origin is only the fallback.

/** The public base URL without a trailing slash, e.g. "https://datos.bucaramanga.gov.co". */
export function siteBaseUrl(
  requestUrl: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      const url = new URL(configured);
      return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
    } catch {
      // A malformed setting is refused elsewhere; here the request's address still works.
    }
  }
  return new URL(requestUrl).origin;
}

export type TSiteIris = ReturnType<typeof siteIris>;

export function siteIris(base: string) {
  const slug = (s: string) => encodeURIComponent(s);
  const absolute = (path: string) => (path.startsWith("/") ? `${base}${path}` : path);
  return {
    base,
    absolute,
    catalog: `${base}/datos#catalog`,
    catalogHomepage: `${base}/datos`,
    catalogDocument: (extension: string) => `${base}/catalog.${extension}`,
    dataset: (s: string) => `${base}/datos/${slug(s)}#dataset`,
    landingPage: (s: string) => `${base}/datos/${slug(s)}`,
    distribution: (s: string, version: number) =>
      `${base}/datos/${slug(s)}#distribution-${version}`,
    download: (s: string, version: number) =>
      `${base}/api/v1/datasets/${slug(s)}/download?format=csv&version=${version}`,
    indicator: (s: string) => `${base}/indicadores/${slug(s)}`,
    dataJson: `${base}/data.json`,
  };
}
