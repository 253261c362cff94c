/** Resolución 1519 de 2020, Anexo 2: every Colombian public site opens with the GOV.CO bar. */
export function GovCoBar() {
  return (
    <div className="govco-bar">
      <div className="container govco-bar__inner">
        <a href="https://www.gov.co" className="govco-bar__logo" aria-label="Ir al portal GOV.CO">
          GOV.CO
        </a>
      </div>
    </div>
  );
}
