// A signed-in account over plain HTTP, as a browser holds it: next-auth's credentials sign-in
// (the /ingresar form's flow) and tRPC calls with the session cookie. Dependency-free ESM:
// the benches and the end-to-end specs share it.

/**
 * Merges a response's Set-Cookie lines into `jar` and returns the Cookie header value.
 * @param {Map<string, string>} jar
 * @param {Response} res
 * @returns {string}
 */
export function keepCookies(jar, res) {
  for (const line of res.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/**
 * Signs in with next-auth's credentials flow, as the /ingresar form does.
 * @param {string} base e.g. "http://127.0.0.1:3000"
 * @param {string} email
 * @param {string} password
 * @returns {Promise<string>} the Cookie header value carrying the session
 */
export async function signIn(base, email, password) {
  const jar = new Map();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: keepCookies(jar, csrfRes),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  await res.arrayBuffer();
  const cookie = keepCookies(jar, res);
  if (!/session-token=/.test(cookie)) throw new Error(`sign-in at ${base} failed (${res.status})`);
  return cookie;
}

/** A tRPC answer other than 200; `status` is the HTTP status (429, 409, 503…). */
export class TrpcError extends Error {
  /**
   * @param {string} path
   * @param {number} status
   * @param {string} body
   */
  constructor(path, status, body) {
    super(`${path} answered ${status}: ${body}`);
    this.name = "TrpcError";
    this.status = status;
  }
}

/**
 * A tRPC procedure over HTTP (superjson envelope; values come back as plain JSON, dates as
 * ISO text). Throws TrpcError on any answer but 200, and fetch's own error when the server
 * cannot be reached.
 * @param {string} base
 * @param {string | undefined} cookie the Cookie header value (undefined: anonymous)
 * @param {string} path e.g. "board.postNote"
 * @param {unknown} input
 * @param {"GET" | "POST"} [method] GET for queries, POST (the default) for mutations
 * @returns {Promise<any>}
 */
export async function trpc(base, cookie, path, input, method = "POST") {
  const body = JSON.stringify({ json: input });
  /** @type {Record<string, string>} */
  const headers = cookie ? { cookie } : {};
  const res =
    method === "GET"
      ? await fetch(`${base}/api/trpc/${path}?input=${encodeURIComponent(body)}`, { headers })
      : await fetch(`${base}/api/trpc/${path}`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body,
        });
  const text = await res.text();
  if (res.status !== 200) throw new TrpcError(path, res.status, text);
  return JSON.parse(text).result.data.json;
}
