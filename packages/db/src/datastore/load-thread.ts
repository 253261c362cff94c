import { Worker } from "node:worker_threads";
import { AppError } from "@lab/domain/errors";
import { spareOrNew } from "./load-bytes";
import {
  groups,
  type TChunkSink,
  type TOpenChunkSink,
  type TParsed,
  type TParseOptions,
} from "./load-parse";
import type { TFromWorker, TToWorker, TWorkerError } from "./load-worker-protocol";

// The main thread's half of a parse in a worker (load-worker.ts): it reads the upload and
// hands the bytes over, and writes each chunk the worker sends back into the sink, in order.
// The bytes in the worker's hands are capped (`credit`), so memory stays flat whichever side is
// slower; before each chunk goes to the sink the worker's input is topped up, because PGlite's
// COPY holds this thread and the worker must have enough to parse meanwhile.

/** A worker's young generation: the parse's garbage is short-lived and collected often. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * Runs the worker. A bundler that builds worker entries defines LAB_WORKERS_BUNDLED (the app's
 * next.config.ts, the bench's esbuild) and turns the URL below into the worker's own bundled
 * file. From the TypeScript sources (tests, scripts under tsx) the worker loads tsx first.
 */
function startWorker(options: TParseOptions): Worker {
  const settings = { workerData: options, resourceLimits: WORKER_LIMITS };
  if (process.env.LAB_WORKERS_BUNDLED === "1") {
    return new Worker(new URL("./load-worker.ts", import.meta.url), settings);
  }
  const entry = import.meta.url.replace(/load-thread\.ts$/, "load-worker.ts");
  const code = `import("tsx/esm/api").then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))`;
  return new Worker(code, { ...settings, eval: true });
}

function revive(error: TWorkerError): Error {
  if (error.code) return new AppError(error.code, error.message);
  const revived = new Error(`The parse worker failed: ${error.message}`);
  if (error.stack) revived.stack = error.stack;
  return revived;
}

/**
 * One group of the source in one buffer of its own, which can be transferred: a spare the
 * worker gave back when it is large enough, else a new one.
 */
function own(pieces: Uint8Array[], spare: ArrayBuffer | undefined): Uint8Array {
  const size = pieces.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(spareOrNew(size, spare), 0, size);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** The whole parse in a worker thread; the sink is opened and written on this thread. */
export function parseInWorker(
  source: AsyncIterable<Uint8Array>,
  options: TParseOptions,
  openSink: TOpenChunkSink,
): Promise<TParsed> {
  return new Promise<TParsed>((resolve, reject) => {
    const worker = startWorker(options);
    const send = (message: TToWorker, transfer: ArrayBuffer[] = []) =>
      worker.postMessage(message, transfer);
    const input = groups(source);
    const credit = Math.ceil(options.flushChars * 1.5);
    let inWorker = 0;
    const spares: ArrayBuffer[] = [];
    let ended = false;
    let feeding: Promise<void> | null = null;
    let sink: TChunkSink | null = null;
    let queue = Promise.resolve();
    let settled = false;

    // The caller discards the sink it opened; from here on nothing more is written to it.
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      sink = null;
      void worker.terminate();
      void input.return(undefined).catch(() => {});
      reject(error);
    };

    const fill = async () => {
      while (!ended && !settled && inWorker < credit) {
        const next = await input.next();
        if (settled) return;
        if (next.done) {
          ended = true;
          send({ t: "end" });
          return;
        }
        const data = own(next.value, spares.pop());
        inWorker += data.length;
        send({ t: "bytes", data }, [data.buffer as ArrayBuffer]);
      }
    };
    const feed = (): Promise<void> => {
      if (!feeding) feeding = fill().finally(() => (feeding = null));
      return feeding;
    };

    const handle = async (message: TFromWorker) => {
      if (settled) return;
      switch (message.t) {
        case "open":
          sink = await openSink(message.shape);
          return;
        case "write": {
          await feed();
          const target = sink;
          if (!target || settled) return;
          await target.write([new Uint8Array(message.buffer)]);
          const back = target.copiesInput ? message.buffer : null;
          send({ t: "written", buffer: back }, back ? [back] : []);
          return;
        }
        case "discard": {
          const open = sink;
          sink = null;
          await open?.discard();
          return;
        }
        case "done":
          settled = true;
          void worker.terminate();
          resolve(message.parsed);
          return;
        case "failed":
          fail(revive(message.error));
          return;
        case "consumed":
          return;
      }
    };

    worker.on("message", (message: TFromWorker) => {
      if (message.t === "consumed") {
        inWorker -= message.bytes;
        spares.push(...message.buffers);
        feed().catch(fail);
        return;
      }
      queue = queue.then(() => handle(message)).catch(fail);
    });
    worker.on("error", (error) => fail(error));
    worker.on("exit", (code) => {
      if (!settled) fail(new Error(`The parse worker stopped (exit code ${code}).`));
    });
    feed().catch(fail);
  });
}
