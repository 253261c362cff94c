import type { TLocale } from "@lab/domain/locale";
import { formatNumber } from "@lab/domain/number";
import type { TWorkshopKeyNumbers } from "@lab/domain/workshop-record";
import { MESSAGES } from "~/i18n/messages";

/** A workshop's figures as a list of terms: the number, then what it counts. */
export function KeyNumbers({
  numbers,
  registered,
  locale,
}: {
  numbers: TWorkshopKeyNumbers;
  /** Shown on the workshop's page only (the list keeps to four figures). */
  registered?: number;
  locale: TLocale;
}) {
  const t = MESSAGES[locale].workshops.numbers;
  const items: [string, number][] = [
    [t.attended, numbers.attended],
    ...(registered === undefined ? [] : ([[t.registered, registered]] as [string, number][])),
    [t.institutions, numbers.institutions],
    [t.contributions, numbers.contributions],
    [t.alliances, numbers.alliances],
  ];
  return (
    <dl className="workshop-numbers">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{formatNumber(value, 0, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
