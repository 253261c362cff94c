// Whether the board bench measured the servers or itself: the load generator's event-loop
// delay (a late timer or a late stream read adds to every latency it records) and its CPU
// time, next to each server process's CPU time, over one load window.
import { readFileSync, writeFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";

/** The delay histogram's sampling interval, which every sample it records includes. */
const RESOLUTION_MS = 10;
/** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

/** utime + stime of `pid` in ms, undefined once it is gone. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (in parentheses, which may hold spaces).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return undefined;
  }
}

/** A `kB` line of /proc/<pid>/status (VmRSS, VmHWM…), undefined once the process is gone. */
function statusKb(pid, field) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(status.match(new RegExp(`${field}:\\s+(\\d+) kB`))?.[1]) || undefined;
  } catch {
    return undefined;
  }
}

/** Resets the process's peak RSS (VmHWM) to its current RSS: later peaks are this window's. */
function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts measuring. `track(label, pid)` adds a server process (sampled each second, so a
 * process stopped mid-window keeps the CPU time it had used), noting its RSS and resetting its
 * peak RSS, so the peak read at the end is this window's; `stop()` returns the figures:
 * event-loop delay percentiles in ms and CPU use in % of one core.
 */
export function startMonitor() {
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const tracked = [];
  const sample = () => {
    for (const t of tracked) {
      const used = cpuMs(t.pid);
      if (used === undefined) t.until ??= performance.now();
      else t.last = used;
    }
  };
  const timer = setInterval(sample, 1000);
  timer.unref();
  return {
    /** @param {string} label @param {number | undefined} pid */
    track(label, pid) {
      const first = pid ? cpuMs(pid) : undefined;
      if (first === undefined) return;
      const rssStartKb = statusKb(pid, "VmRSS");
      const peakReset = resetPeak(pid);
      tracked.push({
        label,
        pid,
        first,
        last: first,
        since: performance.now(),
        rssStartKb,
        peakReset,
      });
    },
    stop() {
      sample();
      clearInterval(timer);
      delay.disable();
      const wall = performance.now() - started;
      const cpu = process.cpuUsage(cpuStart);
      // How late the sampling timer fired: what a timer or a stream read waited for the loop.
      const ms = (ns) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
      return {
        seconds: wall / 1000,
        eventLoopDelayMs: {
          p50: ms(delay.percentile(50)),
          p99: ms(delay.percentile(99)),
          max: ms(delay.max),
        },
        generatorCpuPct: ((cpu.user + cpu.system) / 1000 / wall) * 100,
        servers: tracked.map((t) => ({
          label: t.label,
          rssStartKb: t.rssStartKb,
          peakReset: t.peakReset,
          cpuPct: ((t.last - t.first) / ((t.until ?? performance.now()) - t.since)) * 100,
        })),
      };
    },
  };
}
