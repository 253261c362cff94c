import "server-only";
import { parseLocale, type TLocale } from "@lab/domain/locale";
import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "./config";
import { MESSAGES } from "./messages";
import type { TMessages } from "./messages/es";

/** The reader's language, from the `lang` cookie; Spanish by default. */
export async function getLocale(): Promise<TLocale> {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/** The interface messages in the reader's language. */
export async function getMessages(): Promise<TMessages> {
  return MESSAGES[await getLocale()];
}
