import type { IncomingMessage, ServerResponse } from "node:http";

export declare function cacheKey(
  req: Pick<IncomingMessage, "method" | "url" | "headers">,
): string | null;

export type TPageCache = {
  readonly size: number;
  clear(): void;
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  capture(req: IncomingMessage, res: ServerResponse): void;
};

export declare function createPageCache(options?: {
  maxEntries?: number;
  maxAgeMs?: number;
  isActive?: () => boolean;
}): TPageCache;
