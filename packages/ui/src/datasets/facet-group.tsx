export type TFacetOption = {
  value: string;
  label: string;
  count: number;
  /** The catalog with this value chosen, or with it removed when it is the chosen one. */
  href: string;
  selected: boolean;
};

export type TFacetGroupLabels = {
  /** "{count} conjuntos" (read after the value, for screen readers). */
  count: string;
  countOne: string;
  /** Said after the chosen value: following its link removes the filter. */
  remove: string;
};

/**
 * One facet (theme, office, format…) as links with their counts, as CKAN and data.gouv.fr
 * show them: plain links, so filtering works without JavaScript and every state has an
 * address. The chosen value is marked and its link removes it.
 */
export function FacetGroup({
  id,
  title,
  options,
  labels,
  contentLang,
}: {
  id: string;
  title: string;
  options: TFacetOption[];
  labels: TFacetGroupLabels;
  contentLang?: string;
}) {
  if (options.length === 0) return null;
  const count = (n: number) =>
    n === 1 ? labels.countOne : labels.count.replace("{count}", String(n));
  return (
    <section className="facet" aria-labelledby={`faceta-${id}`}>
      <h3 id={`faceta-${id}`} className="facet__title">
        {title}
      </h3>
      <ul className="facet__options">
        {options.map((option) => (
          <li key={option.value}>
            <a
              href={option.href}
              className={option.selected ? "facet__link facet__link--selected" : "facet__link"}
              aria-current={option.selected ? "true" : undefined}
            >
              <span className="facet__label" lang={contentLang}>
                {option.label}
              </span>
              <span className="facet__count" aria-hidden="true">
                {option.count}
              </span>
              <span className="visually-hidden">
                {` (${count(option.count)}${option.selected ? `; ${labels.remove}` : ""})`}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
