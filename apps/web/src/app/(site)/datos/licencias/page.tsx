import { DATASET_LICENSE_KEYS, DATASET_LICENSES } from "@lab/domain/dataset";
import type { Metadata } from "next";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: MESSAGES[await getLocale()].licenses.title };
}

/**
 * The licences datasets are published under, each at its own anchor: the catalog's licence
 * IRIs (DCAT, CKAN's license_list) point here for the Colombian Government's terms, which
 * have no address of their own elsewhere.
 */
export default async function LicensesPage() {
  const locale = await getLocale();
  const t = MESSAGES[locale].licenses;
  const contentLang = locale === "es" ? undefined : "es";
  return (
    <article className="prose">
      <p className="muted breadcrumb">
        <a href="/datos">{MESSAGES[locale].chrome.nav.datasets}</a>
      </p>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {DATASET_LICENSE_KEYS.map((key) => {
        const license = DATASET_LICENSES[key];
        const external = license.url.startsWith("http");
        return (
          <section key={key} id={key} aria-labelledby={`${key}-titulo`} className="license">
            <h2 id={`${key}-titulo`} lang={contentLang}>
              {license.title}
            </h2>
            <p>{t.summaries[key]}</p>
            {external ? (
              <p>
                <a href={license.url}>{t.fullText}</a>
              </p>
            ) : null}
          </section>
        );
      })}
    </article>
  );
}
