import { GovCoBar } from "@lab/ui/layout/gov-co-bar";
import { SiteFooter } from "@lab/ui/layout/site-footer";
import { SiteHeader } from "@lab/ui/layout/site-header";
import type { ReactNode } from "react";
import { ENTITY_CONTACT, NAV_LINKS } from "~/site";

/** Every public page's frame (Resolución 1519, Anexo 2): GOV.CO bar, header, footer. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#contenido">
        Saltar al contenido
      </a>
      <GovCoBar />
      <SiteHeader links={NAV_LINKS} account={<a href="/ingresar">Ingresar</a>} />
      <main id="contenido" className="container" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter contact={ENTITY_CONTACT} />
    </>
  );
}
