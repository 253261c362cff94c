import { DataFactory, type Quad_Object, Writer } from "n3";
import type { RdfGraph, TNodeBody, TValue } from "./model";
import { expand, PREFIXES } from "./vocabulary";

// Turtle through n3's writer: shared nodes once each, blank nodes inline as [ … ].

const { literal, namedNode } = DataFactory;
const RDF_TYPE = namedNode(expand("rdf:type"));

function statements(writer: Writer, body: TNodeBody) {
  return [
    ...body.types.map((type) => ({ predicate: RDF_TYPE, object: namedNode(expand(type)) })),
    ...Object.entries(body.properties).flatMap(([property, values]) =>
      (values ?? []).map((value) => ({
        predicate: namedNode(expand(property as keyof typeof body.properties)),
        object: term(writer, value),
      })),
    ),
  ];
}

function term(writer: Writer, value: TValue): Quad_Object {
  switch (value.kind) {
    case "iri":
      return namedNode(value.iri);
    case "blank":
      return writer.blank(statements(writer, value.node));
    case "literal":
      return value.language
        ? literal(value.value, value.language)
        : value.datatype
          ? literal(value.value, namedNode(expand(value.datatype)))
          : literal(value.value);
  }
}

export function toTurtle(graph: RdfGraph): Promise<string> {
  const writer = new Writer({ prefixes: PREFIXES });
  for (const node of graph.nodes.values()) {
    const subject = namedNode(node.iri);
    for (const { predicate, object } of statements(writer, node)) {
      writer.addQuad(subject, predicate, object);
    }
  }
  return new Promise((resolve, reject) => {
    writer.end((error, result: string) => (error ? reject(error) : resolve(result)));
  });
}
