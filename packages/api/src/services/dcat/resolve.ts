import {
  DATASET_LICENSES,
  DATASET_THEMES,
  type TDatasetLicense,
  type TDatasetTheme,
  type TUpdateFrequency,
  UPDATE_FREQUENCIES,
} from "@lab/domain/dataset";
import type { TDatasetView } from "@lab/domain/dataset-view";
import type { TSiteIris } from "./site";
import { LANGUAGES } from "./vocabulary";

// A published dataset's coded fields resolved against the controlled lists, shared by the
// DCAT-AP and data.json builders. A value outside the lists throws: the dataset is then left
// out of the catalog (and logged) instead of being described wrongly.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const SHA256 = /^[0-9a-f]{64}$/i;

function lookup<T>(table: Record<string, T>, key: string, what: string): T {
  if (!Object.hasOwn(table, key)) throw new Error(`unknown ${what} ${JSON.stringify(key)}`);
  return table[key] as T;
}

function day(value: string | null, what: string): string | null {
  if (value === null) return null;
  if (!DAY.test(value) || Number.isNaN(Date.parse(value))) {
    throw new Error(`${what} is not a date: ${JSON.stringify(value)}`);
  }
  return value;
}

export type TResolvedDataset = ReturnType<typeof resolveDataset>;

export function resolveDataset(d: TDatasetView, site: TSiteIris) {
  if (!d.title.trim()) throw new Error("empty title");
  if (!d.description.trim()) throw new Error("empty description");
  if (!EMAIL.test(d.contactEmail)) {
    throw new Error(`contact email is not valid: ${JSON.stringify(d.contactEmail)}`);
  }
  const theme = lookup(DATASET_THEMES, d.theme, "theme");
  const license = lookup(DATASET_LICENSES, d.license, "license");
  const frequency = lookup(UPDATE_FREQUENCIES, d.updateFrequency, "update frequency");
  const language = lookup(LANGUAGES, d.language, "language");
  const temporalStart = day(d.temporalStart, "temporal start");
  const temporalEnd = day(d.temporalEnd, "temporal end");
  // Every published version is a distribution; the current one at least.
  const versions = d.versions.length > 0 ? d.versions : [d.version];
  for (const v of versions) {
    if (v.byteSize !== null && (!Number.isSafeInteger(v.byteSize) || v.byteSize < 0)) {
      throw new Error(`version ${v.number}: byte size ${v.byteSize} is not a whole number`);
    }
    if (v.sha256 !== null && !SHA256.test(v.sha256)) {
      throw new Error(`version ${v.number}: checksum is not a SHA-256 in hexadecimal`);
    }
  }
  const published = versions
    .map((v) => v.publishedAt ?? v.createdAt)
    .sort((a, b) => a.getTime() - b.getTime());
  const issued = published[0] ?? d.createdAt;
  const latest = published.at(-1);
  const modified = latest && latest > d.modifiedAt ? latest : d.modifiedAt;
  return {
    view: d,
    theme: { key: d.theme as TDatasetTheme, ...theme },
    license: { key: d.license as TDatasetLicense, ...license, iri: site.absolute(license.url) },
    frequency: { key: d.updateFrequency as TUpdateFrequency, ...frequency },
    language: { code: d.language, ...language },
    temporalStart,
    temporalEnd,
    versions,
    issued,
    modified,
  };
}
