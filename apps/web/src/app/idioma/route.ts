import { parseLocale } from "@lab/domain/locale";
import { type NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "~/i18n/config";
import { safeReturnPath } from "~/i18n/return-path";

/**
 * GET /idioma?lang=en&volver=/indicadores/x?vista=tabla — remembers the language in a cookie
 * and goes back to the page, or to the Referer without `volver`. Only paths on this site are
 * followed (never an open redirect). 303, so the browser comes back with a plain GET.
 */
export function GET(request: NextRequest): Response {
  const params = request.nextUrl.searchParams;
  const locale = parseLocale(params.get("lang"));
  const back = safeReturnPath(
    params.get("volver") || request.headers.get("referer"),
    request.headers.get("host"),
  );
  // A relative Location: correct behind any proxy, whatever host name the server believes in.
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: back, "Cache-Control": "no-store" },
  });
  response.cookies.set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    // Read by no script, but nothing needs to hide it either: it only names a language.
    httpOnly: false,
    secure:
      request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
  });
  return response;
}
