"use client";

import type { TLocale } from "@lab/domain/locale";
import { usePathname, useSearchParams } from "next/navigation";
import { languageSwitchHref } from "~/i18n/config";

/**
 * A link to the other language that comes back to this very page (path and query). A link,
 * not a button: it works without JavaScript. The server layout does not know the current
 * address, hence this client component (rendered on the server too, so the href is there
 * in the HTML); under a Suspense fallback it goes back to the Referer instead.
 */
export function LanguageSwitch({ lang, label }: { lang: TLocale; label: string }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <LanguageLink
      lang={lang}
      label={label}
      href={languageSwitchHref(lang, query ? `${pathname}?${query}` : pathname)}
    />
  );
}

export function LanguageLink({
  lang,
  label,
  href,
}: {
  lang: TLocale;
  label: string;
  href: string;
}) {
  return (
    <a href={href} lang={lang} hrefLang={lang} className="language-switch">
      {label}
    </a>
  );
}
