// The throughput reference: a static HTML file of the same size as the page under test, served
// by the same server from apps/web/public (read when the server starts, so it is written
// before the measured servers start, and removed at the end; .gitignore keeps it out of git and
// out of Turborepo's build hash).
import { existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./server.mjs";

export const STATIC_ROUTE = "/bench-static.html";
const dir = join(root, "apps/web/public");
const file = join(dir, STATIC_ROUTE.slice(1));
let createdDir = false;

/** Saves the page's own HTML as the static file, so both bodies have exactly the same size. */
export async function writeStaticCopy(pageUrl) {
  const res = await fetch(pageUrl);
  if (res.status !== 200) throw new Error(`${pageUrl} answered ${res.status}`);
  const html = Buffer.from(await res.arrayBuffer());
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    createdDir = true;
  }
  writeFileSync(file, html);
  return html.length;
}

/** Synchronous on purpose: also usable from signal and exit handlers. */
export function removeStaticCopy() {
  rmSync(file, { force: true });
  if (createdDir) {
    try {
      rmdirSync(dir); // only if still empty
    } catch {
      // Someone added files meanwhile: leave the folder.
    }
    createdDir = false;
  }
}
