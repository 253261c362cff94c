import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
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
      {/* The site's frame lives in (site)/layout.tsx; embeds are framed by other sites. */}
      <body>{children}</body>
    </html>
  );
}
