import { describe, expect, it } from "vitest";
import { clientIp, lockEnd, UNKNOWN_IP } from "./login-limits";

const limits = { maxFailures: 5, lockMinutes: 15 };
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 8, minutes));

describe("lockEnd", () => {
  it("locks for the window from the failure that reaches the limit", () => {
    expect(lockEnd([0, 1, 2, 3, 4].map(at), limits)).toEqual(at(19));
    expect(lockEnd([0, 3, 6, 9, 14].map(at), limits)).toEqual(at(29));
  });

  it("does not lock for fewer failures, or for failures spread over more than the window", () => {
    expect(lockEnd([0, 1, 2, 3].map(at), limits)).toBeNull();
    expect(lockEnd([0, 4, 8, 12, 15].map(at), limits)).toBeNull();
    expect(lockEnd([], limits)).toBeNull();
  });

  it("reports the latest lock", () => {
    expect(lockEnd([0, 1, 2, 3, 4, 40, 41, 42, 43, 44].map(at), limits)).toEqual(at(59));
  });
});

describe("clientIp", () => {
  const headers = { "x-forwarded-for": "203.0.113.7, 10.0.0.2", "x-real-ip": "10.0.0.2" };

  it("takes the first X-Forwarded-For entry only behind a trusted proxy", () => {
    expect(clientIp(headers, true)).toBe("203.0.113.7");
    expect(clientIp(headers, false)).toBe("10.0.0.2");
  });

  it("falls back to X-Real-IP, then to unknown", () => {
    expect(clientIp({ "x-real-ip": " ::1 " }, true)).toBe("::1");
    expect(clientIp({}, false)).toBe(UNKNOWN_IP);
    expect(clientIp(undefined, true)).toBe(UNKNOWN_IP);
    expect(clientIp({ "x-forwarded-for": "" }, true)).toBe(UNKNOWN_IP);
  });
});
