import { GovCoBar } from "@lab/ui/layout/gov-co-bar";
import { SiteFooter } from "@lab/ui/layout/site-footer";
import { SiteHeader } from "@lab/ui/layout/site-header";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ENTITY_CONTACT, NAV_LINKS } from "~/site";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Laboratorio de Innovación Pública de Bucaramanga",
    template: "%s · LIP Bucaramanga",
  },
  description:
    "Indicadores de innovación y participación ciudadana, datos abiertos, lecciones de cultura del dato y resultados de los talleres de co-creación de la Alcaldía de Bucaramanga.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#004884" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es-CO">
      <body>
        <a className="skip-link" href="#contenido">
          Saltar al contenido
        </a>
        <GovCoBar />
        <SiteHeader links={NAV_LINKS} account={<a href="/ingresar">Ingresar</a>} />
        <main id="contenido" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter contact={ENTITY_CONTACT} />
      </body>
    </html>
  );
}
