import type { Metadata } from "next";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Ingresar" };

type TProps = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

/** Only same-site paths, so the login page cannot be used to send people elsewhere. */
function safeCallback(raw: string | undefined): string {
  if (!raw) return "/admin";
  try {
    const url = new URL(raw, "http://localhost");
    if (url.origin !== "http://localhost") return "/admin";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/admin";
  }
}

export default async function LoginPage({ searchParams }: TProps) {
  const { callbackUrl } = await searchParams;
  return (
    <section className="narrow">
      <h1>Ingresar</h1>
      <p>Para funcionarios y funcionarias de la Alcaldía y participantes de los talleres.</p>
      <LoginForm callbackUrl={safeCallback(callbackUrl)} />
    </section>
  );
}
