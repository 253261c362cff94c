import { readFileSync } from "node:fs";
import { join } from "node:path";
import jsonld from "jsonld";
import { Parser, Store } from "n3";
import SHACLValidator from "rdf-validate-shacl";

// DCAT-AP 3.0.1's official SHACL shapes (kept beside the project, in ../shared/standards) and
// the helpers that turn our Turtle and JSON-LD into RDF graphs for them.

const SHAPES_DIR = join(import.meta.dirname, "../../../../shared/standards/dcat-ap-3.0.1");
const SH = "http://www.w3.org/ns/shacl#";

export function parseTurtle(text: string): Store {
  return new Store(new Parser({ format: "text/turtle" }).parse(text));
}

/** JSON-LD → RDF with a loader that refuses every fetch: the context must be inline. */
export async function parseJsonLd(document: unknown): Promise<Store> {
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, {
    format: "application/n-quads",
    documentLoader: async (url: string) => {
      throw new Error(`the JSON-LD document tried to fetch ${url}`);
    },
  })) as unknown as string;
  return new Store(new Parser({ format: "application/n-quads" }).parse(nquads));
}

let validator: SHACLValidator | undefined;

function dcatApValidator(): SHACLValidator {
  if (!validator) {
    const shapes = new Store();
    for (const file of ["dcat-ap-SHACL.ttl", "ranges.ttl"]) {
      shapes.addQuads(new Parser().parse(readFileSync(join(SHAPES_DIR, file), "utf8")));
    }
    validator = new SHACLValidator(shapes);
  }
  return validator;
}

export type TShaclResult = { severity: string; text: string };

/** Every result of the DCAT-AP shapes, each as one readable line. */
export async function validateDcatAp(data: Store): Promise<TShaclResult[]> {
  const report = await dcatApValidator().validate(data);
  return report.results.map((r) => {
    const severity = r.severity?.value.replace(SH, "sh:") ?? "sh:Violation";
    const message = r.message.map((m) => m.value).join(" / ");
    return {
      severity,
      text: `${severity} on <${r.focusNode?.value}> path <${r.path?.value}> value ${r.value?.value ?? "-"}: ${message} (${r.sourceConstraintComponent?.value.replace(SH, "sh:")}, shape ${r.sourceShape?.value})`,
    };
  });
}

export const violations = (results: TShaclResult[]) =>
  results.filter((r) => r.severity === "sh:Violation").map((r) => r.text);
