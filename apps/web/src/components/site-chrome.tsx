import { GovCoBar } from "@lab/ui/layout/gov-co-bar";
import { SiteFooter } from "@lab/ui/layout/site-footer";
import { SiteHeader } from "@lab/ui/layout/site-header";
import { type ReactNode, Suspense } from "react";
import { languageSwitchHref } from "~/i18n/config";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { entityContact, navLinks } from "~/site";
import { LanguageLink, LanguageSwitch } from "./language-switch";

/** Every public page's frame (Resolución 1519, Anexo 2): GOV.CO bar, header, footer. */
export async function SiteChrome({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = MESSAGES[locale];
  const other = locale === "es" ? "en" : "es";
  const switchLabel = t.chrome.switchLanguage;
  return (
    <>
      <a className="skip-link" href="#contenido">
        {t.chrome.skipLink}
      </a>
      <GovCoBar labels={t.chrome.govCoBar} />
      <SiteHeader
        links={navLinks(t)}
        labels={t.chrome.header}
        language={
          <Suspense
            fallback={
              <LanguageLink lang={other} label={switchLabel} href={languageSwitchHref(other)} />
            }
          >
            <LanguageSwitch lang={other} label={switchLabel} />
          </Suspense>
        }
        account={<a href="/ingresar">{t.chrome.signIn}</a>}
      />
      <main id="contenido" className="container" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter contact={entityContact(t)} labels={t.chrome.footer} />
    </>
  );
}
