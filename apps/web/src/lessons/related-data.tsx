import "server-only";
import { pickTranslation, type TLocale } from "@lab/domain/locale";
import { publicApi } from "~/trpc/server";
import { published } from "./embeds";

/**
 * The lesson's related indicators and datasets, as links to practise with. Only what is still
 * published is listed (a withdrawn one simply drops out); nothing at all: no section.
 */
export async function RelatedData(props: {
  indicators: string[];
  datasets: string[];
  heading: string;
  locale: TLocale;
}) {
  const api = await publicApi();
  const [indicators, datasets] = await Promise.all([
    Promise.all(props.indicators.map((slug) => published(api.indicators.bySlug({ slug })))),
    Promise.all(props.datasets.map((slug) => published(api.datasets.bySlug({ slug })))),
  ]);
  const links = [
    ...indicators.flatMap((i) => {
      if (!i) return [];
      const name = pickTranslation(i.name, i.nameEn, props.locale);
      return [{ href: `/indicadores/${i.slug}`, text: name.text, lang: name.lang }];
    }),
    ...datasets.flatMap((d) =>
      d
        ? [
            {
              href: `/datos/${d.slug}`,
              text: d.title,
              lang: props.locale === "es" ? undefined : "es",
            },
          ]
        : [],
    ),
  ];
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="leccion-datos" className="lesson-related">
      <h2 id="leccion-datos">{props.heading}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} lang={link.lang}>
              {link.text}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
