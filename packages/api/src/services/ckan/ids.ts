import { createHash } from "node:crypto";

// Identifiers and timestamps as CKAN writes them.

// Our own namespace for name-based UUIDs (RFC 9562 version 5): a random UUID fixed here once.
const NAMESPACE = Buffer.from("6f1d3c2a8e4b4f7a9c0d5e6b7a8c9d0e", "hex");

/**
 * A stable UUID for what has a name but no row of its own (organizations are the datasets'
 * entities, groups their themes, tags their keywords): the same name always gives the same
 * id, on every instance and after every restart.
 */
export function nameBasedUuid(kind: "organization" | "group" | "tag", name: string): string {
  const hash = createHash("sha1").update(NAMESPACE).update(`${kind}:${name}`).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * CKAN's timestamps: UTC without a zone, as Python's isoformat() writes them (microseconds
 * only when there is a fraction): "2025-03-01T10:00:00" or "2025-03-01T10:00:00.123000".
 */
export function ckanTimestamp(date: Date): string {
  const iso = date.toISOString(); // 2025-03-01T10:00:00.123Z
  const ms = iso.slice(20, 23);
  return ms === "000" ? iso.slice(0, 19) : `${iso.slice(0, 19)}.${ms}000`;
}
