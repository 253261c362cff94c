export type TEntityContact = {
  entity: string;
  address: string;
  phone: string;
  email: string;
  hours: string;
  policies: { href: string; label: string }[];
};

/** Anexo 2 of Resolución 1519: the entity's name, address, phone, email, hours and policies. */
export function SiteFooter({ contact }: { contact: TEntityContact }) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <p className="site-footer__entity">{contact.entity}</p>
          <address>
            {contact.address}
            <br />
            Teléfono: <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a>
            <br />
            Correo: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            <br />
            Horario de atención: {contact.hours}
          </address>
        </div>
        <nav aria-label="Políticas y transparencia">
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
