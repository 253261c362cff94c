export type TEntityContact = {
  entity: string;
  address: string;
  phone: string;
  email: string;
  hours: string;
  policies: { href: string; label: string }[];
};

export type TSiteFooterLabels = { phone: string; email: string; hours: string; policies: string };
export const SITE_FOOTER_LABELS_ES: TSiteFooterLabels = {
  phone: "Teléfono",
  email: "Correo",
  hours: "Horario de atención",
  policies: "Políticas y transparencia",
};

/** Anexo 2 of Resolución 1519: the entity's name, address, phone, email, hours and policies. */
export function SiteFooter({
  contact,
  labels = SITE_FOOTER_LABELS_ES,
}: {
  contact: TEntityContact;
  labels?: TSiteFooterLabels;
}) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <p className="site-footer__entity">{contact.entity}</p>
          <address>
            {contact.address}
            <br />
            {labels.phone}:{" "}
            <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a>
            <br />
            {labels.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            <br />
            {labels.hours}: {contact.hours}
          </address>
        </div>
        <nav aria-label={labels.policies}>
          <ul>
            {contact.policies.map((p) => (
              <li key={p.href}>
                <a href={p.href}>{p.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="govco-footer-bar">
        <div className="container">
          <a href="https://www.gov.co">GOV.CO</a>
        </div>
      </div>
    </footer>
  );
}
