// Whole-page cache for anonymous visitors, in this process's memory. Public pages are
// rendered from cached data already, but a React render still costs ~20× serving a file;
// this keeps the finished HTML. It follows the public data cache (packages/api/src/
// public-cache.ts): it is emptied whenever that cache drops anything (a change announced on
// the bus by any instance), and it serves only while that cache is listening on the bus.

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
// Pages that depend on who is asking, or that set cookies; and everything that is not a page.
const NEVER = /^\/(?:api|_next|admin|ingresar|registro|idioma|taller)(?:\/|$|\?)/;

function cookie(header, name) {
  const match = new RegExp(`(?:^|;\\s*)${name.replace(/[.]/g, "\\.")}=([^;]*)`).exec(header ?? "");
  return match?.[1];
}

/** The cache key of a request, or null when its response must not come from the cache. */
export function cacheKey(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "/";
  if (NEVER.test(url)) return null;
  // Client-side navigations ask for the React Server Components payload, not HTML.
  if (req.headers.rsc || req.headers["next-router-prefetch"] || url.includes("_rsc=")) return null;
  const cookies = req.headers.cookie;
  if (SESSION_COOKIES.some((name) => cookie(cookies, name) !== undefined)) return null;
  const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "") ? "gzip" : "identity";
  // Only two languages exist; any other cookie value renders Spanish, so it shares its entry.
  const lang = cookie(cookies, "lang")?.trim().toLowerCase().startsWith("en") ? "en" : "es";
  return `${lang}|${gzip}|${url}`;
}

export function createPageCache({
  maxEntries = 500,
  maxAgeMs = 60_000,
  isActive = () => false,
} = {}) {
  const entries = new Map();
  let generation = 0;
  return {
    get size() {
      return entries.size;
    },
    clear() {
      generation += 1;
      entries.clear();
    },
    /** Serves a cached page; false when the caller must render it. */
    serve(req, res) {
      const key = cacheKey(req);
      if (!key || !isActive()) return false;
      const hit = entries.get(key);
      if (!hit || Date.now() - hit.at > maxAgeMs) return false;
      res.writeHead(hit.status, { ...hit.headers, "x-page-cache": "HIT" });
      res.end(req.method === "HEAD" ? undefined : hit.body);
      return true;
    },
    /** Lets the response through to the renderer and keeps a copy if it may be reused. */
    capture(req, res) {
      const key = cacheKey(req);
      if (!key) return;
      res.setHeader("x-page-cache", "MISS");
      const started = generation;
      const chunks = [];
      const write = res.write.bind(res);
      const end = res.end.bind(res);
      res.write = (chunk, ...rest) => {
        if (chunk) chunks.push(Buffer.from(chunk));
        return write(chunk, ...rest);
      };
      res.end = (chunk, ...rest) => {
        if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk));
        const headers = res.getHeaders();
        const cacheable =
          req.method === "GET" &&
          res.statusCode === 200 &&
          String(headers["content-type"] ?? "").startsWith("text/html") &&
          headers["set-cookie"] === undefined &&
          // A render that began before a change may hold old data: never keep it.
          started === generation &&
          isActive();
        if (cacheable) {
          // HSTS depends on how this request came (server.mjs), not on the page.
          const {
            "x-page-cache": _,
            date: __,
            "strict-transport-security": ___,
            ...kept
          } = headers;
          entries.delete(key);
          entries.set(key, {
            at: Date.now(),
            status: 200,
            headers: kept,
            body: Buffer.concat(chunks),
          });
          if (entries.size > maxEntries) entries.delete(entries.keys().next().value);
        }
        return end(chunk, ...rest);
      };
    },
  };
}
