import { LANGUAGE_SWITCH_PATH } from "./config";

// A placeholder origin: a relative path resolved against it keeps it, anything else does not.
const SAME_SITE = "http://same-site.invalid";

/**
 * Where the language switch may send the reader back to: a path on this site ("/a?b=c"),
 * from a relative path or an absolute URL on `host` (the Referer). Anything else (another
 * site, "//evil.example", "javascript:", the switch itself) gives "/", so the switch can never
 * be used to send people elsewhere.
 */
export function safeReturnPath(raw: string | null | undefined, host?: string | null): string {
  if (!raw) return "/";
  let url: URL;
  try {
    url = new URL(raw, SAME_SITE);
  } catch {
    return "/";
  }
  const web = url.protocol === "http:" || url.protocol === "https:";
  const sameSite = url.origin === SAME_SITE || (Boolean(host) && web && url.host === host);
  if (!sameSite || url.pathname === LANGUAGE_SWITCH_PATH) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as a host.
  return /^\/[/\\]/.test(path) ? "/" : path;
}
