// The origin of the absolute URLs the catalog APIs write (download links, landing pages,
// help). Like CKAN's ckan.site_url, the configured public address wins (NEXTAUTH_URL, which
// operators behind a proxy must set anyway); without it, the address the client used,
// including X-Forwarded-Proto/-Host when a trusted proxy sets them (TRUST_PROXY=1).

export type TSiteUrlOptions = {
  /** The configured public address (NEXTAUTH_URL), if any. */
  publicUrl?: string | undefined;
  trustProxy?: boolean | undefined;
};

function origin(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

export function resolveSiteUrl(request: Request, options: TSiteUrlOptions = {}): string {
  const configured = options.publicUrl ? origin(options.publicUrl) : null;
  if (configured) return configured;
  const url = new URL(request.url);
  if (options.trustProxy) {
    const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim();
    const proto = first("x-forwarded-proto");
    const host = first("x-forwarded-host");
    const forwarded = host
      ? origin(`${proto === "https" ? "https" : url.protocol.replace(":", "")}://${host}`)
      : null;
    if (forwarded) return forwarded;
  }
  const host = request.headers.get("host");
  return (host && origin(`${url.protocol}//${host}`)) || url.origin;
}
