import type { ReactNode } from "react";

export type TNavLink = { href: string; label: string };

/** Header with the lab's name and the main sections; `account` is the login/logout slot. */
export function SiteHeader({ links, account }: { links: TNavLink[]; account?: ReactNode }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a href="/" className="site-header__brand">
          <span className="site-header__entity">Alcaldía de Bucaramanga</span>
          <span className="site-header__name">Laboratorio de Innovación Pública</span>
        </a>
        <nav aria-label="Secciones principales" className="site-header__nav">
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        {account ? <div className="site-header__account">{account}</div> : null}
      </div>
    </header>
  );
}
