import type { Metadata } from "next";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Espacio de trabajo" };

export default async function AdminHome() {
  const indicators = await (await api()).indicators.list();
  return (
    <>
      <h1>Indicadores</h1>
      <p>Elija un indicador para registrar o corregir un valor.</p>
      <ul className="plain-list">
        {indicators.map((i) => (
          <li key={i.slug}>
            <a href={`/admin/indicadores/${i.slug}`}>{i.name}</a>{" "}
            <span className="muted">({i.code})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
