import type { TCurie } from "./vocabulary";

// A small in-memory RDF model the catalog is built in once, then written as Turtle or as
// JSON-LD. Nodes named by IRIs are shared (a theme, a license) and merge when added twice;
// blank nodes (a contact point, a checksum) are embedded in the one node that owns them.

export type TLiteral = { kind: "literal"; value: string; language?: string; datatype?: TCurie };
export type TIriRef = { kind: "iri"; iri: string };
export type TBlankNode = { kind: "blank"; node: TNodeBody };
export type TValue = TLiteral | TIriRef | TBlankNode;

export type TNodeBody = {
  types: TCurie[];
  properties: Partial<Record<TCurie, TValue[]>>;
};
export type TNamedNode = TNodeBody & { iri: string };

type TPropertyInput = Partial<Record<TCurie, TValue | TValue[] | null | undefined>>;

function compact(properties: TPropertyInput): TNodeBody["properties"] {
  const out: TNodeBody["properties"] = {};
  for (const [key, value] of Object.entries(properties) as [TCurie, TPropertyInput[TCurie]][]) {
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is TValue => v != null);
    if (values.length > 0) out[key] = values;
  }
  return out;
}

/** A node named by an IRI; absent (null/undefined) properties are left out. */
export function named(iri: string, types: TCurie[], properties: TPropertyInput = {}): TNamedNode {
  return { iri: toIri(iri), types, properties: compact(properties) };
}

/** An anonymous node, embedded where it is used. */
export function blank(types: TCurie[], properties: TPropertyInput = {}): TBlankNode {
  return { kind: "blank", node: { types, properties: compact(properties) } };
}

export function ref(iri: string): TIriRef {
  return { kind: "iri", iri: toIri(iri) };
}

/** Human text: metadata is written in Spanish. */
export function text(value: string, language = "es"): TLiteral {
  return { kind: "literal", value, language };
}

export function plain(value: string): TLiteral {
  return { kind: "literal", value };
}

export function typed(value: string, datatype: TCurie): TLiteral {
  return { kind: "literal", value, datatype };
}

export function dateTime(value: Date): TLiteral {
  if (Number.isNaN(value.getTime())) throw new Error("invalid date");
  return typed(value.toISOString(), "xsd:dateTime");
}

// Characters Turtle forbids inside <…> that the WHATWG URL serializer may leave in a query
// (it already percent-encodes control characters everywhere).
const NOT_IN_IRI = /[ <>"{}|^`\\]/g;

/**
 * An absolute IRI from a URL, percent-encoding what IRIs may not contain; throws when the
 * value is not an absolute URL at all (which makes the dataset that holds it "broken").
 */
export function toIri(url: string): string {
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    throw new Error(`not an absolute URL: ${JSON.stringify(url)}`);
  }
  return href.replace(NOT_IN_IRI, (c) => encodeURIComponent(c));
}

const key = (value: TValue) => JSON.stringify(value);

/** Named nodes in insertion order; adding a node again merges its types and values. */
export class RdfGraph {
  readonly nodes = new Map<string, TNamedNode>();

  add(...nodes: TNamedNode[]): this {
    for (const node of nodes) {
      const existing = this.nodes.get(node.iri);
      if (!existing) {
        this.nodes.set(node.iri, {
          iri: node.iri,
          types: [...node.types],
          properties: Object.fromEntries(
            Object.entries(node.properties).map(([p, values]) => [p, [...(values ?? [])]]),
          ),
        });
        continue;
      }
      for (const type of node.types) if (!existing.types.includes(type)) existing.types.push(type);
      for (const [p, values] of Object.entries(node.properties) as [TCurie, TValue[]][]) {
        const current = existing.properties[p] ?? [];
        const seen = new Set(current.map(key));
        for (const value of values) if (!seen.has(key(value))) current.push(value);
        existing.properties[p] = current;
      }
    }
    return this;
  }
}
