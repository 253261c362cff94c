import type { TEntityContact } from "@lab/ui/layout/site-footer";
import type { TNavLink } from "@lab/ui/layout/site-header";

export const NAV_LINKS: TNavLink[] = [
  { href: "/", label: "Inicio" },
  { href: "/indicadores", label: "Indicadores" },
  { href: "/talleres", label: "Talleres" },
];

export const ENTITY_CONTACT: TEntityContact = {
  entity: "Alcaldía de Bucaramanga — Laboratorio de Innovación Pública",
  address: "Calle 35 # 10-43, Centro Administrativo Municipal, Bucaramanga, Santander, Colombia",
  phone: "+57 (607) 633 7000",
  email: "contactenos@bucaramanga.gov.co",
  hours: "lunes a viernes de 7:30 a. m. a 12:00 m. y de 1:00 p. m. a 4:30 p. m.",
  policies: [
    { href: "/politicas/privacidad", label: "Política de tratamiento de datos personales" },
    { href: "/politicas/terminos", label: "Términos y condiciones" },
    { href: "/politicas/accesibilidad", label: "Accesibilidad" },
  ],
};
