// First-load JavaScript of a page, as a browser gets it: every <script src> under /_next/static
// in the served HTML, each gzip-compressed (zlib, level 9) and summed. `noModule` scripts (the
// legacy polyfills) are left out: current browsers do not load them. Next 16's build output no
// longer prints these sizes.
import { gzipSync } from "node:zlib";

export async function firstLoadJs(base, route) {
  const html = await (await fetch(`${base}${route}`)).text();
  const srcs = [
    ...new Set(
      [...html.matchAll(/<script\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !/\snomodule\b/i.test(tag))
        .map((tag) => tag.match(/\ssrc="([^"]+)"/)?.[1]?.replaceAll("&amp;", "&") ?? "")
        .filter((src) => src.startsWith("/_next/static/")),
    ),
  ];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { route, scripts: srcs.length, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}
