export declare function keepCookies(jar: Map<string, string>, res: Response): string;

export declare function signIn(base: string, email: string, password: string): Promise<string>;

export declare class TrpcError extends Error {
  readonly status: number;
  constructor(path: string, status: number, body: string);
}

export declare function trpc<T = unknown>(
  base: string,
  cookie: string | undefined,
  path: string,
  input: unknown,
  method?: "GET" | "POST",
): Promise<T>;
