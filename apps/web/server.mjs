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

createServer((req, res) => {
  link();
  if (pages.serve(req, res)) return;
  pages.capture(req, res);
  handle(req, res);
}).listen(port, () => {
  console.log(`✓ Ready on http://localhost:${port}`);
});
