import { CKAN_ACTIONS, type TCkanAction, type TCkanContext } from "./actions";
import { datastoreSearch } from "./datastore-search";
import { ckanBadRequest, ckanFailure, ckanSuccess, helpUrl } from "./envelope";
import type { TCkanParams } from "./params";
import { resolveSiteUrl, type TSiteUrlOptions } from "./site-url";

// /api/3/action/{name}: reads the action's parameters (GET: the query string; POST: a JSON
// object body, or a form, or the query string when the body is empty), runs the action and
// answers in CKAN's envelope. Plain Web Request/Response, so tests need no Next.js.

const ACTIONS: Record<string, TCkanAction> = {
  ...CKAN_ACTIONS,
  datastore_search: (ctx, params) => datastoreSearch(ctx, params),
};

export const CKAN_ACTION_NAMES = Object.keys(ACTIONS).sort();

/** Larger bodies are not requests any action needs (filters and lists are short). */
export const CKAN_BODY_MAX_BYTES = 1_000_000;

export type TCkanRequestOptions = Omit<TCkanContext, "siteUrl"> & TSiteUrlOptions;

function queryParams(url: URL): TCkanParams {
  const params: TCkanParams = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}

/** The parameters, or CKAN's "Bad request" answer when the body cannot be read. */
async function readParams(request: Request): Promise<TCkanParams | Response> {
  const url = new URL(request.url);
  if (request.method !== "POST") return queryParams(url);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > CKAN_BODY_MAX_BYTES) {
    return ckanBadRequest("El cuerpo de la solicitud es demasiado grande.", 413);
  }
  const text = await request.text();
  if (text.length > CKAN_BODY_MAX_BYTES) {
    return ckanBadRequest("El cuerpo de la solicitud es demasiado grande.", 413);
  }
  if (text.trim() === "") return queryParams(url);
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/x-www-form-urlencoded")) {
    return queryParams(new URL(`?${text}`, url));
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return ckanBadRequest("JSON Error: el cuerpo no es JSON válido.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return ckanBadRequest(
      'Bad request data: el cuerpo debe ser un objeto JSON, por ejemplo {"id": "…"}.',
    );
  }
  return body as TCkanParams;
}

/** Runs one action for a request and answers as CKAN does. */
export async function handleCkanRequest(
  request: Request,
  name: string,
  options: TCkanRequestOptions,
): Promise<Response> {
  const { publicUrl, trustProxy, ...context } = options;
  const siteUrl = resolveSiteUrl(request, { publicUrl, trustProxy });
  const action = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
  if (!action) {
    return ckanBadRequest(
      `Action name not known: ${name.slice(0, 100)}. Acción desconocida; las disponibles son ${CKAN_ACTION_NAMES.join(", ")}.`,
    );
  }
  const params = await readParams(request);
  if (params instanceof Response) return params;
  const help = helpUrl(siteUrl, name);
  try {
    const result = await action({ ...context, siteUrl }, params);
    return ckanSuccess(help, result, request.method === "GET");
  } catch (error) {
    return ckanFailure(help, error);
  }
}
