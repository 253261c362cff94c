// A server process for the upload fault test (dataset-upload-fault.test.ts): the upload route's
// handler, service, loader and database driver exactly as the app runs them, behind plain
// node:http instead of Next.js (the integration suite runs before the app is built). The test
// kills it with SIGKILL in the middle of a load. Env: DATA_DIR or DATABASE_URL (the database),
// UPLOAD_SESSION (the signed-in publisher, as JSON). Prints "ready <port>" once listening and
// "received <bytes>" for each further MB of request body the loader has pulled in.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { handleDatasetUpload } from "@lab/api/rest/dataset-upload-handler";
import type { TSessionUser } from "@lab/api/trpc";
import { getPrisma } from "@lab/db/client";

const session = JSON.parse(process.env.UPLOAD_SESSION ?? "null") as TSessionUser | null;
const ROUTE = /^\/api\/admin\/datasets\/([^/]+)\/versions(?:\?|$)/;

const server = createServer(async (req, res) => {
  const match = ROUTE.exec(req.url ?? "");
  if (req.method !== "POST" || !match) {
    res.writeHead(404).end();
    return;
  }
  let received = 0;
  let reported = 0;
  // The loader pulls the body as it goes, so these lines say how far it has read.
  async function* counted() {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received - reported >= 1024 * 1024) {
        reported = received;
        process.stdout.write(`received ${received}\n`);
      }
      yield chunk;
    }
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const request = new Request(`http://${req.headers.host}${req.url}`, {
    method: "POST",
    headers,
    body: Readable.toWeb(Readable.from(counted())) as ReadableStream<Uint8Array>,
    duplex: "half",
  } as RequestInit);
  const response = await handleDatasetUpload(request, decodeURIComponent(match[1] as string), {
    prisma: getPrisma(),
    session,
  });
  res.writeHead(response.status, { "content-type": "application/json" });
  res.end(Buffer.from(await response.arrayBuffer()));
});

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`ready ${(server.address() as AddressInfo).port}\n`);
});
