import type { ReactNode } from "react";

export type TNavLink = { href: string; label: string };

export type TSiteHeaderLabels = { entity: string; name: string; nav: string };
export const SITE_HEADER_LABELS_ES: TSiteHeaderLabels = {
  entity: "Alcaldía de Bucaramanga",
  name: "Laboratorio de Innovación Pública",
  nav: "Secciones principales",
};

/**
 * Header with the lab's name and the main sections; `account` is the login/logout slot and
 * `language` the language switch, both at the end of the line.
 */
export function SiteHeader({
  links,
  account,
  language,
  labels = SITE_HEADER_LABELS_ES,
}: {
  links: TNavLink[];
  account?: ReactNode;
  language?: ReactNode;
  labels?: TSiteHeaderLabels;
}) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a href="/" className="site-header__brand">
          <span className="site-header__entity">{labels.entity}</span>
          <span className="site-header__name">{labels.name}</span>
        </a>
        <nav aria-label={labels.nav} className="site-header__nav">
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        {language ? <div className="site-header__language">{language}</div> : null}
        {account ? <div className="site-header__account">{account}</div> : null}
      </div>
    </header>
  );
}
