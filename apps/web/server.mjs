// `npm start`'s server: Next's request handler behind the anonymous page cache.
import { createServer } from "node:http";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { createPageCache } from "./page-cache.mjs";

const port = Number(process.env.PORT || 3000);
const app = next({ dev: false, dir: dirname(fileURLToPath(import.meta.url)), port });
const handle = app.getRequestHandler();
await app.prepare();

// The public data cache lives on globalThis (instrumentation.ts starts it with the server).
// Pages are kept only once we follow its invalidations, and only while it hears the bus.
let linked = false;
const pages = createPageCache({
  isActive: () => linked && globalThis.__labPublicCache?.active === true,
});
function link() {
  const publicCache = globalThis.__labPublicCache;
  if (linked || !publicCache) return;
  publicCache.onInvalidate(() => pages.clear());
  linked = true;
}

// Checked by prepare (packages/db/src/settings.ts) before this server starts.
const trustProxy = process.env.TRUST_PROXY?.trim() === "1";
const HSTS = "max-age=31536000; includeSubDomains";

/**
 * The login limits need the client's address: X-Real-IP from the socket, replacing what a
 * client may have sent, unless a trusted proxy sets it (or X-Forwarded-For). HSTS goes only
 * on HTTPS responses, which browsers alone heed.
 */
function secure(req, res) {
  if (!trustProxy || !req.headers["x-real-ip"]) {
    req.headers["x-real-ip"] = req.socket.remoteAddress ?? "unknown";
  }
  const proto = trustProxy ? String(req.headers["x-forwarded-proto"] ?? "").split(",")[0] : "";
  if (req.socket.encrypted || proto.trim() === "https") {
    res.setHeader("Strict-Transport-Security", HSTS);
  }
}

createServer((req, res) => {
  link();
  secure(req, res);
  if (pages.serve(req, res)) return;
  pages.capture(req, res);
  handle(req, res);
}).listen(port, () => {
  console.log(`✓ Ready on http://localhost:${port}`);
});
