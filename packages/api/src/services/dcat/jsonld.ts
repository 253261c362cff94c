import type { RdfGraph, TNodeBody, TValue } from "./model";
import { PREFIXES } from "./vocabulary";

// JSON-LD as plain JSON: an inline @context of prefixes (nothing to fetch, for us or for a
// harvester behind a firewall), a flat @graph of named nodes, blank nodes embedded.

export type TJsonLdDocument = { "@context": Record<string, string>; "@graph": TJsonLdNode[] };
type TJsonLdValue = string | { "@id": string } | { "@value": string } | TJsonLdNode;
type TJsonLdNode = { [key: string]: TJsonLdValue | TJsonLdValue[] | string[] };

export const JSONLD_CONTEXT: Record<string, string> = { ...PREFIXES };

function value(v: TValue): TJsonLdValue {
  switch (v.kind) {
    case "iri":
      return { "@id": v.iri };
    case "blank":
      return body(v.node);
    case "literal":
      if (v.language) return { "@value": v.value, "@language": v.language };
      if (v.datatype) return { "@value": v.value, "@type": v.datatype };
      return v.value;
  }
}

const one = <T>(values: T[]): T | T[] => (values.length === 1 ? (values[0] as T) : values);

function body(node: TNodeBody): TJsonLdNode {
  const out: TJsonLdNode = {};
  if (node.types.length > 0) out["@type"] = one(node.types) as string | string[];
  for (const [property, values] of Object.entries(node.properties)) {
    out[property] = one((values ?? []).map(value));
  }
  return out;
}

export function toJsonLd(graph: RdfGraph): TJsonLdDocument {
  return {
    "@context": JSONLD_CONTEXT,
    "@graph": [...graph.nodes.values()].map((node) => ({ "@id": node.iri, ...body(node) })),
  };
}
