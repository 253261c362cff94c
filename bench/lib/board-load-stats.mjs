// The board bench's figures from what the participants recorded and the session's whole log
// (one fresh replay from the first event): note latency from each POST's start to the note's
// arrival at every other participant, events lost, duplicated or out of order per participant,
// and the reconnections.
import { percentile } from "./load.mjs";

/** p50/p95/p99/max (nearest rank) of `values`, and how many. */
export function spread(values) {
  const sorted = Float64Array.from(values).sort();
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : undefined,
  };
}

const countBy = (items, key) => {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

/**
 * @param {{ log: { id: number, event: string, data: string }[],
 *   participants: ReturnType<typeof import("./board-load-participant.mjs").createParticipant>[],
 *   outage?: { from: number, to: number } }} input
 *   `log`: every event of the session in id order; `outage`: the window (clock()) during which
 *   an instance was down or its participants were reconnecting; `labels`: base URL → name.
 */
export function boardFigures({ log, participants, outage, labels = {} }) {
  const posts = new Map();
  for (const p of participants) for (const post of p.posts) posts.set(post.text, post);

  // Latency: every (note, other participant) pair; the note found by its unique text.
  const latencies = [];
  const outside = [];
  let unmatched = 0;
  const notes = log.filter((e) => e.event === "note.posted");
  for (const event of notes) {
    const post = posts.get(JSON.parse(event.data).payload.text);
    if (!post) {
      unmatched += 1;
      continue;
    }
    for (const p of participants) {
      if (p.index === post.author) continue;
      const at = p.received.get(event.id);
      if (at === undefined) continue;
      const ms = at - post.startedAt;
      latencies.push(ms);
      if (!outage || at < outage.from || post.startedAt > outage.to) outside.push(ms);
    }
  }

  // Delivery: each participant's ids against the log's (every event is visible to all here).
  const ids = new Set(log.map((e) => e.id));
  const delivery = { lost: 0, participantsMissing: 0, extra: 0, duplicates: 0, outOfOrder: 0 };
  for (const p of participants) {
    let missing = 0;
    for (const id of ids) if (!p.received.has(id)) missing += 1;
    for (const id of p.received.keys()) if (!ids.has(id)) delivery.extra += 1;
    delivery.lost += missing;
    if (missing) delivery.participantsMissing += 1;
    delivery.duplicates += p.tally.duplicates;
    delivery.outOfOrder += p.tally.outOfOrder;
  }

  const allPosts = [...posts.values()];
  const drops = participants.flatMap((p) => p.stream?.drops ?? []);
  const named = (text) =>
    Object.entries(labels).reduce((t, [url, name]) => t.replaceAll(url, name), text);
  const streamFailures = {};
  for (const p of participants) {
    for (const [why, n] of Object.entries(p.stream?.failures ?? {})) {
      streamFailures[named(why)] = (streamFailures[named(why)] ?? 0) + n;
    }
  }
  return {
    events: log.length,
    eventsByType: countBy(log, (e) => e.event),
    notes: {
      attempted: allPosts.length,
      answered: allPosts.filter((p) => p.ms !== undefined).length,
      failures: countBy(
        allPosts.filter((p) => p.failure),
        (p) => p.failure,
      ),
      inLog: notes.length,
      unmatched,
    },
    postMs: spread(allPosts.filter((p) => p.ms !== undefined).map((p) => p.ms)),
    hands: {
      ok: participants.reduce((n, p) => n + p.hands.ok, 0),
      failed: participants.reduce((n, p) => n + p.hands.failed, 0),
    },
    latencyMs: spread(latencies),
    latencyOutsideOutageMs: outage ? spread(outside) : undefined,
    delivery,
    reconnections: {
      participants: participants.filter((p) => p.stream?.drops.length).length,
      drops: drops.length,
      ms: spread(drops.map((d) => d.reopenedAt - d.lostAt)),
      attempts: spread(drops.map((d) => d.attempts)),
      reopenedOn: countBy(drops, (d) => named(d.base)),
      /** Streams that broke and requests for one that failed, by instance and reason. */
      failures: streamFailures,
    },
  };
}
