// What the board bench needs before its load: participant accounts, created through the
// sign-up procedure the /registro page calls and signed in as the /ingresar form does, and a
// workshop with a question and its live board, set up by an admin over tRPC as the admin
// pages do.
import { randomBytes } from "node:crypto";
import { signIn, trpc } from "./http-session.mjs";

/** The consent text's version the sign-up form shows (DATA_CONSENT_VERSION in domain). */
const CONSENT_VERSION = "1";
const INSTITUTION = {
  kind: "new",
  name: "Institución del banco de carga",
  type: "ENTIDAD_PUBLICA",
};

/**
 * `fn(item, i)` for every item, at most `limit` at a time; the results in order.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T, i: number) => Promise<R>} fn
 * @returns {Promise<R[]>}
 */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * `count` PARTICIPANT accounts of one institution, each registered and signed in on its own
 * instance (`bases[i % bases.length]`: half on each). The first registration creates the
 * institution; the others find it by its name.
 * @param {{ bases: string[], count: number, concurrency?: number }} options
 * @returns {Promise<{ index: number, userId: string, home: number, cookie: string }[]>}
 */
export async function createParticipants({ bases, count, concurrency = 8 }) {
  const run = randomBytes(3).toString("hex");
  const password = randomBytes(18).toString("base64url");
  const people = Array.from({ length: count }, (_, index) => ({
    index,
    home: index % bases.length,
    email: `carga-${run}-${index}@example.org`,
  }));
  const register = async ({ index, home, email }) => {
    const account = await trpc(bases[home], undefined, "participants.register", {
      name: `Participante ${index + 1}`,
      email,
      password,
      institution: INSTITUTION,
      consent: true,
      consentVersion: CONSENT_VERSION,
    });
    return account.id;
  };
  const ids = [await register(people[0])];
  ids.push(...(await mapLimit(people.slice(1), concurrency, register)));
  return mapLimit(people, concurrency, async (person) => ({
    index: person.index,
    userId: ids[person.index],
    home: person.home,
    cookie: await signIn(bases[person.home], person.email, password),
  }));
}

/**
 * A workshop with one question and its live board (still in the lobby), by an admin.
 * @param {string} base
 * @param {string} cookie the admin's session
 * @param {string} label e.g. "estable": part of the workshop's title and address
 * @returns {Promise<{ code: string, questionId: string, slug: string }>}
 */
export async function createBoard(base, cookie, label) {
  const slug = `banco-tablero-${label}-${randomBytes(3).toString("hex")}`;
  const call = (path, input, method) => trpc(base, cookie, path, input, method);
  const { id: workshopId } = await call("workshopAdmin.create", {
    slug,
    fields: {
      title: `Taller de prueba de carga (${label})`,
      startsAt: "2026-12-16T08:00",
      place: "Sala de pruebas",
      objective: "Medir el tablero en vivo con muchas personas a la vez.",
      purpose: "Prueba de carga del tablero.",
      projectObjective: "Un tablero que responde igual con 200 participantes.",
    },
  });
  const { revision } = await call("workshopAdmin.bySlug", { slug }, "GET");
  await call("workshopAdmin.saveQuestions", {
    workshopId,
    revision,
    questions: [{ text: "¿Qué propone para mejorar la participación en su barrio?" }],
  });
  const { questions } = await call("workshopAdmin.bySlug", { slug }, "GET");
  const { code } = await call("boardAdmin.ensure", { workshopSlug: slug });
  return { code, questionId: questions[0].id, slug };
}
