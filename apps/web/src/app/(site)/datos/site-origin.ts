import "server-only";
import { headers } from "next/headers";

/**
 * The site's public address, for URLs people copy into their programs (API examples). The
 * configured NEXTAUTH_URL first (`npm start` always sets it; behind a proxy it is the public
 * address), else the request's own host. The page cache keys pages by path, not host, so the
 * configured address keeps every cached copy right.
 */
export async function siteOrigin(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed setting is reported at start-up (settings.ts); fall back to the host.
    }
  }
  const h = await headers();
  const host = h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
