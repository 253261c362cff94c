// The load balancer in front of the board bench's two instances, as the bench models it:
// every request goes first to the participant's own instance; when that instance refuses the
// connection (it is down) or answers 502/503 (busy), the next instance takes the request. A
// request already sent when its instance dies is not sent again: a balancer cannot know
// whether a POST ran, so the participant sees the failure (as a browser would).

/** A short name for why a request failed: "HTTP 503", "ECONNREFUSED", "UND_ERR_SOCKET"… */
export function failureReason(error) {
  if (error?.status) return `HTTP ${error.status}`;
  return error?.cause?.code ?? error?.code ?? error?.cause?.message ?? error?.message ?? "error";
}

/** True when nothing listened: the request never reached a server, so another may take it. */
function refused(error) {
  return error?.cause?.code === "ECONNREFUSED" || error?.code === "ECONNREFUSED";
}

const unavailable = (error) => error?.status === 502 || error?.status === 503;

/**
 * `send(base)` on the first of `bases` that takes it. `send` returns the answer or throws
 * (with `status` for an HTTP answer it refuses); resolves with the answer and the base used.
 * @template T
 * @param {string[]} bases the participant's own instance first
 * @param {(base: string) => Promise<T>} send
 * @returns {Promise<{ result: T, base: string }>}
 */
export async function viaBalancer(bases, send) {
  let failure;
  for (const base of bases) {
    try {
      return { result: await send(base), base };
    } catch (error) {
      if (!refused(error) && !unavailable(error)) throw error;
      failure = error;
    }
  }
  throw failure;
}
