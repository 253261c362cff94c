import { normalizeBoardCode } from "@lab/domain/board";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getMessages } from "~/i18n/locale";
import { CodeForm } from "./code-form";
import "./taller.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = (await getMessages()).board.join;
  return { title: t.metaTitle, description: t.metaDescription };
}

type TProps = { searchParams: Promise<{ codigo?: string | string[] }> };

/** /taller: type the code; a good one goes to /taller/{CODE}, whose page says if it exists. */
export default async function JoinBoardPage({ searchParams }: TProps) {
  const raw = (await searchParams).codigo;
  const typed = Array.isArray(raw) ? raw[0] : raw;
  const t = (await getMessages()).board;
  let error: string | null = null;
  if (typed !== undefined) {
    const code = normalizeBoardCode(typed);
    if (code) redirect(`/taller/${code}`);
    error = typed.trim() === "" ? t.join.emptyCode : t.join.invalidCode;
  }
  return (
    <section className="narrow board-join">
      <h1>{t.join.title}</h1>
      <ol className="board-join__steps">
        <li>{t.join.steps.code}</li>
        <li>{t.join.steps.account}</li>
        <li>{t.join.steps.wait}</li>
      </ol>
      <CodeForm labels={t.codeForm} value={typed ?? ""} error={error} />
    </section>
  );
}
