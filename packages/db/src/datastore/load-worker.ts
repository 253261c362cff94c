import { parentPort, workerData } from "node:worker_threads";
import { isAppError } from "@lab/domain/errors";
import { fillBuffer, type TResizableBuffer } from "./load-bytes";
import { CsvParse, type TChunkSink, type TParseOptions } from "./load-parse";
import type { TFromWorker, TToWorker, TWorkerError } from "./load-worker-protocol";

// The parse worker: the CSV parse of one large upload (load-parse.ts) on a thread of its own,
// so that it runs while the main thread's database copies the previous chunk (PGlite's COPY
// runs on the main thread and would otherwise wait for the parse, and the parse for it).

/** Chunks handed over and not yet in the table: one being copied, one ready behind it. */
const MAX_OUTSTANDING = 2;

const port = parentPort;
if (!port) throw new Error("load-worker.ts runs as a worker thread (load-thread.ts starts it)");
const post = (message: TFromWorker, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

/** The sink as the worker sees it: each chunk goes to the main thread in a buffer of its own. */
class RemoteSink implements TChunkSink {
  /** write() copies the parts into the buffer it hands over. */
  readonly copiesInput = true;
  private readonly spare: TResizableBuffer[] = [];
  private outstanding = 0;
  private waiting: (() => void) | null = null;

  written(buffer: ArrayBuffer | null): void {
    this.outstanding -= 1;
    if (buffer) this.spare.push(buffer as TResizableBuffer);
    const wake = this.waiting;
    this.waiting = null;
    wake?.();
  }

  async write(parts: readonly (string | Uint8Array)[]): Promise<void> {
    const buffer = fillBuffer(parts, this.spare.pop() ?? null);
    post({ t: "write", buffer }, [buffer]);
    this.outstanding += 1;
    while (this.outstanding >= MAX_OUTSTANDING) {
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
      });
    }
  }

  async discard(): Promise<void> {
    post({ t: "discard" });
  }
}

function describe(error: unknown): TWorkerError {
  if (isAppError(error)) return { code: error.code, message: error.message };
  const e = error instanceof Error ? error : new Error(String(error));
  return { code: null, message: e.message, stack: e.stack };
}

const sink = new RemoteSink();
const parse = new CsvParse(workerData as TParseOptions, async (shape) => {
  post({ t: "open", shape });
  return sink;
});
let queue = Promise.resolve();
let stopped = false;

/**
 * The groups' buffers received and not given back yet. Each goes back to the main thread once
 * the parse no longer refers to its bytes, rather than to this thread's garbage collector, which
 * let some 50 MB of them pile up between collections during a large upload.
 */
let held: ArrayBuffer[] = [];

function giveBack(bytes: number): void {
  const inUse = parse.heldBuffers();
  const buffers = held.filter((buffer) => !inUse.has(buffer));
  held = held.filter((buffer) => inUse.has(buffer));
  post({ t: "consumed", bytes, buffers }, buffers);
}

async function take(message: TToWorker): Promise<void> {
  if (stopped) return;
  try {
    if (message.t === "bytes") {
      await parse.bytes([message.data]);
      held.push(message.data.buffer as ArrayBuffer);
      giveBack(message.data.length);
    } else if (message.t === "end") {
      await parse.end();
      post({ t: "done", parsed: await parse.finish() });
      stopped = true;
    }
  } catch (error) {
    stopped = true;
    post({ t: "failed", error: describe(error) });
  }
}

port.on("message", (message: TToWorker) => {
  // Acknowledgements are taken at once: the queue may be waiting for one.
  if (message.t === "written") sink.written(message.buffer);
  else queue = queue.then(() => take(message));
});
