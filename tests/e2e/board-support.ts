import { DATA_CONSENT_VERSION } from "@lab/domain/participant-signup";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { trpcCall } from "./workspace";

// What the live board's specs share: a workshop with its board made through the app's own
// tRPC endpoint by a signed-in admin, participant accounts made as the sign-up form makes
// them, and a phone-sized browser.

export const PHONE = { width: 360, height: 740 };
export const PASSWORD = "pan de bono con chocolate";
export const RULES = [
  { title: "Cámara encendida", description: "Para vernos mientras conversamos." },
  { title: "Micrófono en silencio", description: "Mientras no tenga la palabra." },
  { title: "Levantar la mano", description: "Para pedir la palabra." },
];
export const QUESTION = "¿Qué capacidades puede aportar su institución al laboratorio?";

/** "2026-12-06T09:00" an hour ago, as the form's local time (Colombia, UTC−5): it is on now. */
function anHourAgoInBogota(): string {
  return new Date(Date.now() - 6 * 3600_000).toISOString().slice(0, 16);
}

export type TBoard = { code: string; slug: string; title: string; questionId: string };

/**
 * A workshop with agenda, rules and one question (15 s per intervention, the least, unless
 * told), and its board (in the lobby).
 */
export async function createBoard(
  admin: Page,
  options: { secondsPerIntervention?: number } = {},
): Promise<TBoard> {
  const stamp = Date.now();
  const slug = `taller-en-vivo-${stamp}`;
  const title = `Taller en vivo ${stamp}`;
  const { id: workshopId } = await trpcCall<{ id: string }>(admin.request, "workshopAdmin.create", {
    slug,
    fields: {
      title,
      startsAt: anHourAgoInBogota(),
      place: "Sesión virtual",
      objective: "Mapear capacidades externas para el laboratorio.",
      purpose: "Co-crear el laboratorio con sus aliados.",
      projectObjective: "Crear el Laboratorio de Innovación Pública.",
    },
  });
  let { revision } = await trpcCall<{ revision: number }>(
    admin.request,
    "workshopAdmin.saveAgenda",
    {
      workshopId,
      revision: 0,
      items: [
        {
          title: "Innovación y la cultura del dato",
          presenter: "Oficina TIC",
          durationMinutes: 20,
        },
        { title: "Explicación del taller" },
      ],
    },
  );
  ({ revision } = await trpcCall<{ revision: number }>(admin.request, "workshopAdmin.saveRules", {
    workshopId,
    revision,
    rules: RULES,
  }));
  await trpcCall(admin.request, "workshopAdmin.saveQuestions", {
    workshopId,
    revision,
    questions: [{ text: QUESTION, secondsPerIntervention: options.secondsPerIntervention ?? 15 }],
  });
  const { code } = await trpcCall<{ code: string }>(admin.request, "boardAdmin.ensure", {
    workshopSlug: slug,
  });
  const lobby = await trpcCall<{ questions: { id: string }[] }>(
    admin.request,
    "board.lobby",
    { code },
    "GET",
  );
  return { code, slug, title, questionId: lobby.questions[0]?.id as string };
}

/** A new PARTICIPANT account, created as the sign-up page does (public procedure). */
export async function registerParticipant(request: APIRequestContext, name: string) {
  const email = `tablero-${Date.now()}@example.org`;
  const account = await trpcCall<{ id: string }>(request, "participants.register", {
    name,
    email,
    password: PASSWORD,
    institution: { kind: "new", name: `Colectivo ${name} ${Date.now()}`, type: "SOCIEDAD_CIVIL" },
    consent: true,
    consentVersion: DATA_CONSENT_VERSION,
  });
  return { id: account.id, email };
}

export async function phone(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({
    baseURL,
    locale: "es-CO",
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}
