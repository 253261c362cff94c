import type { TEntityContact } from "@lab/ui/layout/site-footer";
import type { TNavLink } from "@lab/ui/layout/site-header";
import type { TMessages } from "~/i18n/messages";

export function navLinks(t: TMessages): TNavLink[] {
  return [
    { href: "/", label: t.chrome.nav.home },
    { href: "/indicadores", label: t.chrome.nav.indicators },
    { href: "/datos", label: t.chrome.nav.datasets },
    { href: "/talleres", label: t.chrome.nav.workshops },
    { href: "/lecciones", label: t.chrome.nav.lessons },
    { href: "/desarrolladores", label: t.chrome.nav.developers },
  ];
}

export function entityContact(t: TMessages): TEntityContact {
  const c = t.chrome.contact;
  return {
    entity: c.entity,
    address: "Calle 35 # 10-43, Centro Administrativo Municipal, Bucaramanga, Santander, Colombia",
    phone: "+57 (607) 633 7000",
    email: "contactenos@bucaramanga.gov.co",
    hours: c.hours,
    policies: [
      { href: "/politicas/privacidad", label: c.privacy },
      { href: "/politicas/terminos", label: c.terms },
      { href: "/politicas/accesibilidad", label: c.accessibility },
    ],
  };
}
