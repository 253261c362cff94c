import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS_ES } from "./audit";
import {
  bogotaDateTimeInput,
  DEFAULT_CONSENT_TEXT,
  dayInput,
  parseBogotaDateTime,
  splitTags,
  WORKSHOP_AUDIT_ACTION_LABELS_ES,
  ZAllianceInput,
  ZAttendeeInput,
  ZContributionInput,
  ZCreateWorkshopInput,
  ZMergeInstitutionsInput,
  ZMilestoneInput,
  ZSaveCapacityMapInput,
  ZSaveQuestionsInput,
  ZWorkshopFields,
} from "./workshop-admin";
import { institutionInUseMessage } from "./workshop-admin-views";
import { configureSpanishErrors, flattenFieldErrors } from "./zod-es";

configureSpanishErrors();

/** The Spanish messages per field of a refused input. */
function errorsOf(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return flattenFieldErrors(result.error as Parameters<typeof flattenFieldErrors>[0]);
}

const FIELDS = {
  title: "Bucaramanga avanza con innovación",
  startsAt: "2024-12-16T08:00",
  place: "Biblioteca Pública Gabriel Turbay",
  objective: "Identificar capacidades externas.",
  purpose: "Co-crear el laboratorio.",
  projectObjective: "Crear el Laboratorio de Innovación Pública.",
};

describe("dates in Colombia's time", () => {
  it("reads the form's text as Bogotá time and shows an instant back the same way", () => {
    const date = parseBogotaDateTime("2024-12-16T08:00");
    expect(date?.toISOString()).toBe("2024-12-16T13:00:00.000Z");
    expect(bogotaDateTimeInput(date)).toBe("2024-12-16T08:00");
    expect(dayInput(date)).toBe("2024-12-16");
    expect(parseBogotaDateTime("2024-02-30T08:00")).toBeNull();
    expect(parseBogotaDateTime("16/12/2024")).toBeNull();
  });
});

describe("workshop fields", () => {
  it("accept a workshop with a place, and blanks as nothing", () => {
    const parsed = ZWorkshopFields.parse({
      ...FIELDS,
      endsAt: "",
      onlineUrl: "  ",
      background: "",
    });
    expect(parsed).toMatchObject({ endsAt: null, onlineUrl: null, background: null });
  });

  it("say every problem at once, beside its field", () => {
    expect(
      errorsOf(ZWorkshopFields, {
        ...FIELDS,
        title: "  ",
        startsAt: "2024-12-16T08:00",
        endsAt: "2024-12-16T07:30",
        place: "",
        onlineUrl: "meet.google.com/abc",
      }),
    ).toEqual({
      title: ["Escriba el título del taller."],
      onlineUrl: ["Escriba una dirección web completa, que empiece por https://"],
      endsAt: ["La hora de cierre debe ser posterior a la de inicio."],
    });
    expect(errorsOf(ZWorkshopFields, { ...FIELDS, startsAt: "", place: " " })).toEqual({
      startsAt: ["Indique la fecha y hora de inicio."],
      place: ["Escriba el lugar o el enlace de la reunión en línea."],
    });
  });

  it("refuse the addresses the workspace uses for its own pages", () => {
    expect(errorsOf(ZCreateWorkshopInput, { slug: "instituciones", fields: FIELDS })).toEqual({
      slug: ["Esa dirección está reservada: elija otra."],
    });
  });
});

describe("questions", () => {
  it("give each intervention 60 seconds unless told, between 15 seconds and 10 minutes", () => {
    const parsed = ZSaveQuestionsInput.parse({
      workshopId: "w",
      revision: 0,
      questions: [{ text: "¿Qué capacidades ofrece su institución?" }],
    });
    expect(parsed.questions[0]).toEqual({
      id: null,
      text: "¿Qué capacidades ofrece su institución?",
      secondsPerIntervention: 60,
    });
    const errors = errorsOf(ZSaveQuestionsInput, {
      workshopId: "w",
      revision: 0,
      questions: [
        { text: "¿Uno?", secondsPerIntervention: 10 },
        { text: "¿Dos?", secondsPerIntervention: 601 },
        { text: "" },
      ],
    });
    expect(errors).toEqual({
      "questions.0.secondsPerIntervention": ["Cada intervención debe durar al menos 15 segundos."],
      "questions.1.secondsPerIntervention": [
        "Cada intervención puede durar como máximo 600 segundos (10 minutos).",
      ],
      "questions.2.text": ["Escriba la pregunta."],
    });
  });
});

describe("attendees", () => {
  const base = { workshopId: "w", personName: "Ana Pérez", attended: true };

  it("keep the email in lower case, and no consent details without consent", () => {
    const parsed = ZAttendeeInput.parse({
      ...base,
      email: "  Ana.Perez@UIS.edu.co ",
      consent: false,
      consentAt: "2024-12-16T08:00",
      consentText: DEFAULT_CONSENT_TEXT,
    });
    expect(parsed).toMatchObject({
      email: "ana.perez@uis.edu.co",
      consentAt: null,
      consentText: null,
    });
    expect(ZAttendeeInput.parse({ ...base, email: "", consent: false }).email).toBeNull();
  });

  it("need the text and the time of the consent when there is one", () => {
    expect(errorsOf(ZAttendeeInput, { ...base, email: "no-es-correo", consent: true })).toEqual({
      email: ["Escriba un correo electrónico válido."],
      consentText: ["Escriba el texto que la persona autorizó."],
      consentAt: ["Indique la fecha y hora en que la persona dio la autorización."],
    });
    const parsed = ZAttendeeInput.parse({
      ...base,
      consent: true,
      consentAt: "2024-12-16T08:10",
      consentText: DEFAULT_CONSENT_TEXT,
    });
    expect(parsed.consentAt?.toISOString()).toBe("2024-12-16T13:10:00.000Z");
  });
});

describe("contributions, the capacity map and alliances", () => {
  it("read tags as the form writes them and drop repeats", () => {
    expect(splitTags("movilidad, datos abiertos; movilidad, ")).toEqual([
      "movilidad",
      "datos abiertos",
    ]);
    const parsed = ZContributionInput.parse({
      workshopId: "w",
      text: "Podemos prestar laboratorios.",
      capacityTypes: ["FISICA", "FISICA", "TECNOLOGICA"],
      tags: ["laboratorios"],
    });
    expect(parsed).toMatchObject({
      capacityTypes: ["FISICA", "TECNOLOGICA"],
      votes: 0,
      status: "IDEA",
      questionId: null,
    });
    expect(
      errorsOf(ZContributionInput, { workshopId: "w", text: "x", votes: -1, status: "X" }),
    ).toEqual({
      votes: ["Los votos no pueden ser negativos."],
      status: ["Elija un estado válido: idea, propuesta o compromiso."],
    });
  });

  it("name each institution once in the map and each capacity once per institution", () => {
    const errors = errorsOf(ZSaveCapacityMapInput, {
      workshopId: "w",
      revision: 3,
      profiles: [
        {
          institutionId: "a",
          offers: [
            { capacityType: "HUMANA", level: "SOME" },
            { capacityType: "HUMANA", level: "STRONG" },
          ],
        },
        { institutionId: "a", offers: [] },
      ],
    });
    expect(errors).toEqual({
      "profiles.0.offers.1.capacityType": [
        "Cada tipo de capacidad va una sola vez por institución.",
      ],
      "profiles.1.institutionId": ["Cada institución va una sola vez en el mapa."],
    });
  });

  it("need at least one institution per alliance, and milestones from 0 to 100 %", () => {
    expect(
      errorsOf(ZAllianceInput, {
        title: "Alianza",
        purpose: "Prototipos",
        labFunction: "COCREACION",
        status: "AGREED",
        institutionIds: [],
        startedAt: "2024-13-01",
      }),
    ).toEqual({
      startedAt: ["Escriba una fecha válida, por ejemplo 16/12/2024."],
      institutionIds: ["Elija al menos una institución."],
    });
    expect(
      errorsOf(ZMilestoneInput, { allianceId: "a", date: "", note: "Firmado", percent: 120 }),
    ).toEqual({
      date: ["Indique la fecha del avance."],
      percent: ["El avance va de 0 a 100 %."],
    });
  });
});

describe("institutions", () => {
  it("cannot merge into themselves", () => {
    expect(errorsOf(ZMergeInstitutionsInput, { sourceId: "a", targetId: "a" })).toEqual({
      targetId: ["Elija otra institución: no se puede combinar una institución consigo misma."],
    });
  });

  it("say why one in use cannot be deleted, and what to do", () => {
    const none = {
      attendees: 0,
      contributions: 0,
      capacityProfiles: 0,
      alliances: 0,
      facilitators: 0,
      children: 0,
    };
    expect(institutionInUseMessage("UIS", none)).toBeNull();
    expect(institutionInUseMessage("UIS", { ...none, contributions: 3, alliances: 1 })).toBe(
      "No se puede borrar «UIS»: tiene 3 aportes y 1 alianza. Para no perder esos registros, combínela con la institución que la reemplaza (use «Combinar»).",
    );
  });
});

describe("the audit trail", () => {
  it("labels every workshop action in Spanish", () => {
    for (const [action, label] of Object.entries(WORKSHOP_AUDIT_ACTION_LABELS_ES)) {
      expect(AUDIT_ACTION_LABELS_ES[action]).toBe(label);
    }
  });
});
