export type TGovCoBarLabels = { portal: string };
export const GOV_CO_BAR_LABELS_ES: TGovCoBarLabels = { portal: "Ir al portal GOV.CO" };

/** Resolución 1519 de 2020, Anexo 2: every Colombian public site opens with the GOV.CO bar. */
export function GovCoBar({ labels = GOV_CO_BAR_LABELS_ES }: { labels?: TGovCoBarLabels }) {
  return (
    <div className="govco-bar">
      <div className="container govco-bar__inner">
        <a href="https://www.gov.co" className="govco-bar__logo" aria-label={labels.portal}>
          GOV.CO
        </a>
      </div>
    </div>
  );
}
