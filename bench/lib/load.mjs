// One load measurement with autocannon's programmatic API.
import autocannon from "autocannon";

function run(opts, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) instance.on("response", onResponse);
  });
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  if (!sorted.length) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * A discarded warm-up, then the measured run. autocannon's summary has p50/p97.5/p99 but
 * no p95, so every response time is kept (from its 'response' event, sub-ms precision)
 * and p50/p95/p99 all come from those samples.
 */
export async function measureLoad(url, { connections = 32, duration = 20, warmup = 3 } = {}) {
  await run({ url, connections, duration: warmup });
  const samples = [];
  const result = await run({ url, connections, duration }, (_client, _status, _bytes, ms) =>
    samples.push(ms),
  );
  samples.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    // Body bytes per response, to show the static reference is the same size as the page.
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    // autocannon's own histogram figures, kept as a cross-check in the raw JSON.
    autocannon: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
