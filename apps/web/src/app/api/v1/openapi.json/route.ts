import { handleRest, restJson, restPreflight } from "@lab/api/rest/http";
import { openApiDocument } from "@lab/api/rest/openapi";

export function GET() {
  return handleRest(() => restJson(openApiDocument()));
}

export const OPTIONS = restPreflight;
