import type { TAppErrorCode } from "@lab/domain/errors";
import type { TParsed } from "./load-parse";
import type { TSinkShape } from "./load-sink";

// The messages between the main thread (load-thread.ts), which reads the upload and owns the
// database, and the parse worker (load-worker.ts). Buffers are transferred, never copied.

/** Main thread → worker. */
export type TToWorker =
  /** One group of the file's bytes, in order. */
  | { t: "bytes"; data: Uint8Array }
  | { t: "end" }
  /** A chunk is in the table; its buffer comes back for the next one when the sink allows. */
  | { t: "written"; buffer: ArrayBuffer | null };

/** Worker → main thread. */
export type TFromWorker =
  /** A group is parsed; the groups' buffers the parse no longer refers to come back for reuse. */
  | { t: "consumed"; bytes: number; buffers: ArrayBuffer[] }
  | { t: "open"; shape: TSinkShape }
  | { t: "write"; buffer: ArrayBuffer }
  | { t: "discard" }
  | { t: "done"; parsed: TParsed }
  | { t: "failed"; error: TWorkerError };

/** An error thrown in the worker: an AppError keeps its code and Spanish message. */
export type TWorkerError = { code: TAppErrorCode | null; message: string; stack?: string };
