import type { TLocale } from "@lab/domain/locale";
import { en } from "./messages/en";
import { es, type TMessages } from "./messages/es";

export type { TMessages };

/** Every interface text per language; es.ts is the source, en.ts must match its keys. */
export const MESSAGES: Record<TLocale, TMessages> = { es, en };
