import { interpolate, type TLocale } from "@lab/domain/locale";
import {
  type TWorkshopDownloadKind,
  WORKSHOP_DOWNLOAD_FORMATS,
  WORKSHOP_DOWNLOAD_KINDS,
  workshopDownloadPath,
} from "@lab/domain/workshop-record";
import { MESSAGES } from "~/i18n/messages";

/** Contributions, capacity map and alliances as CSV and JSON; and the printable page. */
export function Downloads({ slug, locale }: { slug: string; locale: TLocale }) {
  const t = MESSAGES[locale].workshops.downloads;
  const names: Record<TWorkshopDownloadKind, string> = {
    contributions: t.contributions,
    "capacity-map": t.capacityMap,
    alliances: t.alliances,
  };
  return (
    <section className="workshop-downloads" aria-labelledby="descargas">
      <h3 id="descargas">{t.heading}</h3>
      <p>{t.intro}</p>
      <ul>
        {WORKSHOP_DOWNLOAD_KINDS.flatMap((kind) =>
          WORKSHOP_DOWNLOAD_FORMATS.map((format) => (
            <li key={`${kind}.${format}`}>
              <a href={workshopDownloadPath(slug, { kind, format })} download>
                {interpolate(t.file, { name: names[kind], format: format.toUpperCase() })}
              </a>
            </li>
          )),
        )}
        <li>
          <a href={`/talleres/${slug}/imprimir`}>{t.print}</a>
        </li>
      </ul>
    </section>
  );
}
