import { HTML_LANG } from "@lab/domain/locale";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ClientMessagesProvider } from "~/i18n/client-messages";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { meta } = MESSAGES[await getLocale()];
  return {
    title: { default: meta.siteName, template: meta.titleTemplate },
    description: meta.description,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#004884" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={HTML_LANG[locale]}>
      {/* The site's frame lives in (site)/layout.tsx; embeds are framed by other sites. */}
      <body>
        <ClientMessagesProvider messages={{ error: MESSAGES[locale].error }}>
          {children}
        </ClientMessagesProvider>
      </body>
    </html>
  );
}
