import { SiteChrome } from "~/components/site-chrome";
import { getMessages } from "~/i18n/locale";

// Unmatched addresses render outside (site)/, so this page brings the frame itself.
export default async function NotFound() {
  const t = (await getMessages()).notFound;
  return (
    <SiteChrome>
      <section>
        <h1>{t.title}</h1>
        <p>
          {t.body} <a href="/">{t.home}</a> {t.or} <a href="/indicadores">{t.indicators}</a>.
        </p>
      </section>
    </SiteChrome>
  );
}
