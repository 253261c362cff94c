export type TViewTabLink = { id: string; label: string; href: string; current: boolean };

/**
 * The indicator's views as links: each tab has its own URL (shareable, works without
 * JavaScript, keyboard-friendly by nature); the current one is marked for assistive tech.
 */
export function ViewTabs({ tabs, label }: { tabs: TViewTabLink[]; label: string }) {
  return (
    <nav aria-label={label} className="view-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.id}>
            <a
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              className={tab.current ? "view-tabs__tab view-tabs__tab--current" : "view-tabs__tab"}
            >
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
