import { createCaller } from "@lab/api/root";
import type { TSessionUser } from "@lab/api/trpc";
import { seed } from "@lab/db/seed";
import {
  DEFAULT_CONSENT_TEXT,
  duplicateAttendeeMessage,
  STALE_WORKSHOP_MESSAGE,
} from "@lab/domain/workshop-admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { trpcRefusal as refusal } from "./support/trpc-refusal";
import { createSessionUser } from "./support/users";

// The staff's side of workshops (workshopAdmin.*): what a save changes, the revision that
// refuses a stale save, the attendance register (by hand and imported), institutions that
// cannot be deleted but can be merged, the audit trail, and publishing results, which
// recomputes the participation indicators.

let db: TTestDatabase;
let editor: TSessionUser;
let publisher: TSessionUser;
let counter = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false, demoWorkshopRecords: false });
  editor = await createSessionUser(db.prisma, "EDITOR");
  publisher = await createSessionUser(db.prisma, "PUBLISHER");
});

afterAll(async () => {
  await db?.drop();
});

const as = (session: TSessionUser) => createCaller({ session, prisma: db.prisma });
const staff = () => as(editor);

const FIELDS = {
  title: "Taller de prueba",
  startsAt: "2023-06-15T08:00",
  endsAt: "2023-06-15T12:00",
  place: "Centro Cultural del Oriente",
  objective: "Identificar capacidades externas.",
  purpose: "Co-crear el laboratorio.",
  projectObjective: "Crear el Laboratorio de Innovación Pública.",
};

/** A new workshop (its own slug); its id and slug. */
async function newWorkshop(fields: Partial<typeof FIELDS> = {}) {
  counter += 1;
  return staff().workshopAdmin.create({
    slug: `taller-de-prueba-${counter}`,
    fields: { ...FIELDS, ...fields },
  });
}

async function newInstitution(name: string, type = "UNIVERSIDAD" as const) {
  return staff().workshopAdmin.saveInstitution({ name, type });
}

type TAudit = { before: string | null; after: string | null };
const auditOf = (entityId: string) =>
  db.prisma.auditEntry.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

describe("workshops", () => {
  it("are created and edited with the revision the form loaded; a stale save is refused", async () => {
    const { slug, id } = await newWorkshop();
    const loaded = await staff().workshopAdmin.bySlug({ slug });
    expect(loaded).toMatchObject({ title: "Taller de prueba", status: "PLANNED", revision: 0 });
    // 8:00 in Bogotá is 13:00 UTC.
    expect(loaded.startsAt.toISOString()).toBe("2023-06-15T13:00:00.000Z");

    const saved = await staff().workshopAdmin.update({
      workshopId: id,
      revision: loaded.revision,
      fields: { ...FIELDS, title: "Taller de capacidades" },
    });
    expect(saved.revision).toBe(1);
    // A second person saves from the page they opened before that save.
    const stale = await refusal(
      as(publisher).workshopAdmin.update({
        workshopId: id,
        revision: loaded.revision,
        fields: { ...FIELDS, place: "Otro lugar" },
      }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", message: STALE_WORKSHOP_MESSAGE });
    const now = await staff().workshopAdmin.bySlug({ slug });
    expect(now).toMatchObject({ title: "Taller de capacidades", place: FIELDS.place, revision: 1 });

    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(["workshop.create", "workshop.update"]);
    expect(audit[1]?.actorId).toBe(editor.id);
    expect(audit[1]?.details).toMatchObject({
      before: "Título: Taller de prueba",
      after: "Título: Taller de capacidades",
    });
  });

  it("refuses bad input field by field, in Spanish", async () => {
    const bad = await refusal(
      staff().workshopAdmin.create({
        slug: "nuevo",
        fields: { ...FIELDS, title: " ", endsAt: "2023-06-15T07:00", place: "" },
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.fieldErrors).toMatchObject({
      slug: ["Esa dirección está reservada: elija otra."],
      "fields.title": ["Escriba el título del taller."],
      "fields.endsAt": ["La hora de cierre debe ser posterior a la de inicio."],
      "fields.place": ["Escriba el lugar o el enlace de la reunión en línea."],
    });
    const { slug } = await newWorkshop();
    const duplicate = await refusal(staff().workshopAdmin.create({ slug, fields: FIELDS }));
    expect(duplicate.code).toBe("CONFLICT");
    expect(duplicate.fieldErrors.slug?.[0]).toContain(slug);
  });

  it("replace the specific objectives in the order given, audited, and the public record lists them", async () => {
    const { id, slug } = await newWorkshop();
    const first = await staff().workshopAdmin.saveSpecificObjectives({
      workshopId: id,
      revision: 0,
      objectives: [{ text: "Mapear capacidades externas." }, { text: "Priorizar retos." }],
    });
    const { revision } = await staff().workshopAdmin.saveSpecificObjectives({
      workshopId: id,
      revision: first.revision,
      objectives: [
        { text: "  Priorizar retos con la ciudadanía. " },
        { text: "Mapear capacidades externas." },
      ],
    });
    expect((await staff().workshopAdmin.bySlug({ slug })).specificObjectives).toEqual([
      { text: "Priorizar retos con la ciudadanía." },
      { text: "Mapear capacidades externas." },
    ]);
    const citizen = createCaller({ session: null, prisma: db.prisma });
    expect((await citizen.workshops.bySlug({ slug })).specificObjectives).toEqual([
      { order: 1, text: "Priorizar retos con la ciudadanía." },
      { order: 2, text: "Mapear capacidades externas." },
    ]);
    const audit = (await auditOf(id)).filter((e) => e.action === "workshop.objectives.update");
    expect(audit.map((e) => [(e.details as TAudit).before, (e.details as TAudit).after])).toEqual([
      ["(vacía)", "1. Mapear capacidades externas. · 2. Priorizar retos."],
      [
        "1. Mapear capacidades externas. · 2. Priorizar retos.",
        "1. Priorizar retos con la ciudadanía. · 2. Mapear capacidades externas.",
      ],
    ]);

    const empty = await refusal(
      staff().workshopAdmin.saveSpecificObjectives({
        workshopId: id,
        revision,
        objectives: [{ text: "Mapear capacidades externas." }, { text: "   " }],
      }),
    );
    expect(empty.fieldErrors["objectives.1.text"]).toEqual(["Escriba el objetivo específico."]);
    const stale = await refusal(
      staff().workshopAdmin.saveSpecificObjectives({ workshopId: id, revision: 0, objectives: [] }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect((await staff().workshopAdmin.bySlug({ slug })).specificObjectives).toHaveLength(2);
  });

  it("are deleted only while they hold nothing but their own definition", async () => {
    const planned = await newWorkshop({ title: "Taller que no se hará" });
    await staff().workshopAdmin.saveAgenda({
      workshopId: planned.id,
      revision: 0,
      items: [{ title: "Bienvenida" }],
    });
    const stale = await refusal(
      staff().workshopAdmin.delete({ workshopId: planned.id, revision: 0 }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await staff().workshopAdmin.delete({ workshopId: planned.id, revision: 1 })).toEqual({
      deleted: "Taller que no se hará",
    });
    expect((await refusal(staff().workshopAdmin.bySlug({ slug: planned.slug }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await db.prisma.workshopAgendaItem.count({ where: { workshopId: planned.id } })).toBe(0);
    const [deletion] = (await auditOf(planned.id)).filter((e) => e.action === "workshop.delete");
    expect((deletion?.details as TAudit | undefined)?.before).toBe("Taller que no se hará");

    const held = await newWorkshop({ title: "Taller realizado" });
    await staff().workshopAdmin.saveAttendee({
      workshopId: held.id,
      personName: "Laura Díaz",
      email: "laura.borrado@example.org",
      attended: true,
      consent: false,
    });
    const refused = await refusal(
      staff().workshopAdmin.delete({ workshopId: held.id, revision: 0 }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toBe(
      "No se puede borrar «Taller realizado»: tiene 1 persona inscrita. Esos registros son la memoria del taller; si no se realizará o se canceló, cambie su estado.",
    );
    expect((await staff().workshopAdmin.bySlug({ slug: held.slug })).attendees).toHaveLength(1);
  });

  it("keeps questions (and their contributions) when reordered, with 60 seconds by default", async () => {
    const { id, slug } = await newWorkshop();
    let revision = (
      await staff().workshopAdmin.saveQuestions({
        workshopId: id,
        revision: 0,
        questions: [
          { text: "¿Qué capacidades ofrece?" },
          { text: "¿Con quién?", secondsPerIntervention: 90 },
        ],
      })
    ).revision;
    let view = await staff().workshopAdmin.bySlug({ slug });
    expect(view.questions.map((q) => [q.order, q.text, q.secondsPerIntervention])).toEqual([
      [1, "¿Qué capacidades ofrece?", 60],
      [2, "¿Con quién?", 90],
    ]);
    const [first, second] = view.questions;
    await staff().workshopAdmin.saveContribution({
      workshopId: id,
      questionId: first?.id,
      text: "Laboratorios de la universidad.",
      capacityTypes: ["FISICA"],
    });

    revision = (
      await staff().workshopAdmin.saveQuestions({
        workshopId: id,
        revision,
        questions: [
          { id: second?.id, text: "¿Con quién?", secondsPerIntervention: 90 },
          { id: first?.id, text: "¿Qué capacidades ofrece su institución?" },
        ],
      })
    ).revision;
    view = await staff().workshopAdmin.bySlug({ slug });
    expect(view.questions.map((q) => [q.order, q.text, q.contributions])).toEqual([
      [1, "¿Con quién?", 0],
      [2, "¿Qué capacidades ofrece su institución?", 1],
    ]);
    expect(view.contributions[0]?.questionId).toBe(first?.id);

    const removing = await refusal(
      staff().workshopAdmin.saveQuestions({
        workshopId: id,
        revision,
        questions: [{ id: second?.id, text: "¿Con quién?" }],
      }),
    );
    expect(removing.code).toBe("BAD_REQUEST");
    expect(removing.message).toContain("asigne antes sus aportes a otra pregunta");
    const bounds = await refusal(
      staff().workshopAdmin.saveQuestions({
        workshopId: id,
        revision,
        questions: [{ text: "¿Rápido?", secondsPerIntervention: 5 }],
      }),
    );
    expect(bounds.fieldErrors["questions.0.secondsPerIntervention"]).toEqual([
      "Cada intervención debe durar al menos 15 segundos.",
    ]);
  });
});

describe("the attendance register", () => {
  it("keeps emails in lower case and refuses a second registration, naming the first", async () => {
    const { id, slug } = await newWorkshop();
    const uis = await newInstitution(`Universidad de prueba ${counter}`);
    const consent = {
      consent: true,
      consentAt: "2023-06-15T08:05",
      consentText: DEFAULT_CONSENT_TEXT,
    };
    await staff().workshopAdmin.saveAttendee({
      workshopId: id,
      personName: "Ana Pérez",
      email: "  Ana.Perez@Example.ORG ",
      institutionId: uis.id,
      attended: true,
      ...consent,
    });
    const view = await staff().workshopAdmin.bySlug({ slug });
    expect(view.attendees).toMatchObject([
      { personName: "Ana Pérez", email: "ana.perez@example.org", institutionName: uis.name },
    ]);

    const again = await refusal(
      staff().workshopAdmin.saveAttendee({
        workshopId: id,
        personName: "Ana P.",
        email: "ana.perez@example.org",
        attended: false,
        consent: false,
      }),
    );
    const message = duplicateAttendeeMessage({
      personName: "Ana Pérez",
      email: "ana.perez@example.org",
      institution: uis.name,
    });
    expect(again).toMatchObject({ code: "CONFLICT", message });
    expect(again.fieldErrors.email).toEqual([message]);

    const noConsentDetails = await refusal(
      staff().workshopAdmin.saveAttendee({
        workshopId: id,
        personName: "Luis Gómez",
        attended: true,
        consent: true,
      }),
    );
    expect(noConsentDetails.fieldErrors).toMatchObject({
      consentText: ["Escriba el texto que la persona autorizó."],
      consentAt: ["Indique la fecha y hora en que la persona dio la autorización."],
    });
    // The audit trail says who was registered, never their email.
    const entries = await db.prisma.auditEntry.findMany({
      where: { action: "workshop.attendee.create", details: { path: ["workshop"], equals: slug } },
    });
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries[0]?.details)).not.toContain("ana.perez@example.org");
  });

  it("imports a spreadsheet: a preview with row numbers first, then the good rows at once", async () => {
    const { id, slug } = await newWorkshop();
    const known = await newInstitution(`Universidad Importada ${counter} (UI${counter})`);
    await staff().workshopAdmin.saveAttendee({
      workshopId: id,
      personName: "Ya Inscrita",
      email: "ya@example.org",
      attended: true,
      consent: false,
    });
    // As Excel in Colombia saves it: Windows-1252, ";" separators.
    const csv = [
      "Nombre;Correo;Institución;Tipo de institución;Rol;Consentimiento;Asistió",
      `María Núñez;Maria@Example.org;UI${counter};;Docente;sí;sí`,
      "Pedro Ruiz;pedro@example.org;Fundación Nueva;sociedad civil;Líder;no;",
      ";sin-nombre@example.org;;;;;",
      "Otra vez María;maria@example.org;;;;sí;",
      "Repetida;YA@example.org;;;;no;",
      "Correo malo;no-es-correo;;;;;",
      "Sin tipo;sintipo@example.org;Institución Desconocida;;;;",
    ].join("\r\n");
    const file = {
      workshopId: id,
      fileName: "registro.csv",
      contentBase64: Buffer.from(csv, "latin1").toString("base64"),
    };
    const preview = await staff().workshopAdmin.previewAttendeeImport(file);
    expect(preview.file).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    expect(preview.rows.map((r) => [r.row, r.personName, r.email, r.institutionName])).toEqual([
      [2, "María Núñez", "maria@example.org", known.name],
      [3, "Pedro Ruiz", "pedro@example.org", "Fundación Nueva"],
    ]);
    expect(preview.issues.map((i) => [i.row, i.column])).toEqual([
      [4, "Nombre"],
      [5, "Correo"],
      [6, "Correo"],
      [7, "Correo"],
      [8, "Institución"],
    ]);
    expect(preview.issues[1]?.message).toContain("ya está en la fila 2 del archivo");
    expect(preview.issues[2]?.message).toContain("«Ya Inscrita»");
    expect(preview.summary).toEqual({
      ok: 2,
      withProblems: 5,
      newInstitutions: ["Fundación Nueva"],
    });
    // Nothing is written by a preview.
    expect(await db.prisma.workshopAttendee.count({ where: { workshopId: id } })).toBe(1);

    // A confirmation that does not match what the file gives now is refused.
    const stale = await refusal(
      staff().workshopAdmin.applyAttendeeImport({ ...file, confirmRows: [2] }),
    );
    expect(stale.code).toBe("CONFLICT");
    const result = await staff().workshopAdmin.applyAttendeeImport({
      ...file,
      confirmRows: preview.rows.map((r) => r.row),
    });
    expect(result).toEqual({ created: 2, skipped: 5, newInstitutions: 1 });
    const view = await staff().workshopAdmin.bySlug({ slug });
    const maria = view.attendees.find((a) => a.email === "maria@example.org");
    expect(maria).toMatchObject({
      role: "Docente",
      attended: true,
      consentText: DEFAULT_CONSENT_TEXT,
    });
    // Consent without a date in the file: the day of the workshop.
    expect(maria?.consentAt?.toISOString()).toBe("2023-06-15T05:00:00.000Z");
    expect(view.attendees.find((a) => a.email === "pedro@example.org")).toMatchObject({
      institutionName: "Fundación Nueva",
      consentAt: null,
      attended: true,
    });
    expect(
      await db.prisma.institution.findUnique({ where: { name: "Fundación Nueva" } }),
    ).toMatchObject({ type: "SOCIEDAD_CIVIL" });
    const imported = await auditOf(id);
    expect(imported.at(-1)).toMatchObject({ action: "workshop.attendee.import" });

    // Imported again, every row is now a duplicate: nothing can be imported.
    const again = await staff().workshopAdmin.previewAttendeeImport(file);
    expect(again.summary.ok).toBe(0);
  });

  it("reads an XLSX register and refuses what is not a spreadsheet", async () => {
    const { id } = await newWorkshop();
    const writeXlsxFile = (await import("write-excel-file/node")).default;
    // Times as Excel keeps them: typed as text, a time cell, a date-and-time cell.
    const xlsx = await writeXlsxFile([
      ["nombre", "correo", "hora de llegada"],
      ["Laura Díaz", "laura@example.org", "8:30"],
      [
        "Marta Gil",
        "marta@example.org",
        { value: new Date(Date.UTC(1899, 11, 30, 9, 15)), type: Date, format: "hh:mm" },
      ],
      [
        "Óscar Ruiz",
        "oscar@example.org",
        { value: new Date(Date.UTC(2023, 5, 15, 10, 5)), type: Date, format: "dd/mm/yyyy hh:mm" },
      ],
    ] as never).toBuffer();
    const preview = await staff().workshopAdmin.previewAttendeeImport({
      workshopId: id,
      fileName: "registro.xlsx",
      contentBase64: Buffer.from(xlsx).toString("base64"),
    });
    expect(preview.file.format).toBe("xlsx");
    expect(preview.rows.map((r) => [r.row, r.personName, r.checkedInAt?.toISOString()])).toEqual([
      [2, "Laura Díaz", "2023-06-15T13:30:00.000Z"],
      [3, "Marta Gil", "2023-06-15T14:15:00.000Z"],
      [4, "Óscar Ruiz", "2023-06-15T15:05:00.000Z"],
    ]);

    const pdf = await refusal(
      staff().workshopAdmin.previewAttendeeImport({
        workshopId: id,
        fileName: "registro.pdf",
        contentBase64: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]).toString("base64"),
      }),
    );
    expect(pdf.code).toBe("BAD_REQUEST");
    expect(pdf.message).toContain("no es una hoja de cálculo");
  });
});

describe("institutions", () => {
  it("cannot be deleted while contributions or alliances refer to them; a merge moves everything", async () => {
    const { id, slug } = await newWorkshop();
    const source = await newInstitution(`Universidad Duplicada ${counter}`);
    const target = await newInstitution(`Universidad Verdadera ${counter}`);
    const other = await newInstitution(`Empresa Aliada ${counter}`, "EMPRESA" as never);
    await staff().workshopAdmin.saveAttendee({
      workshopId: id,
      personName: "Carla Ríos",
      institutionId: source.id,
      attended: true,
      consent: false,
    });
    await staff().workshopAdmin.saveContribution({
      workshopId: id,
      text: "Ofrecemos laboratorios.",
      institutionId: source.id,
      capacityTypes: ["FISICA", "TECNOLOGICA"],
    });
    await staff().workshopAdmin.saveAlliance({
      workshopId: id,
      title: "Alianza de laboratorios",
      purpose: "Prototipar soluciones.",
      labFunction: "EXPERIMENTACION",
      status: "POTENTIAL",
      institutionIds: [source.id, target.id, other.id],
    });
    const { revision } = await staff().workshopAdmin.bySlug({ slug });
    await staff().workshopAdmin.saveCapacityMap({
      workshopId: id,
      revision,
      profiles: [
        {
          institutionId: source.id,
          potentialRole: "Socio de experimentación",
          offers: [{ capacityType: "FISICA", level: "STRONG", description: "Laboratorios" }],
        },
        {
          institutionId: target.id,
          offers: [
            { capacityType: "FISICA", level: "SOME", description: "Aulas" },
            { capacityType: "HUMANA", level: "NONE", description: "" },
          ],
        },
      ],
    });

    const refused = await refusal(
      staff().workshopAdmin.deleteInstitution({ institutionId: source.id }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toBe(
      `No se puede borrar «${source.name}»: tiene 1 aporte, 1 alianza, 1 persona inscrita y 1 mapa de capacidades. Para no perder esos registros, combínela con la institución que la reemplaza (use «Combinar»).`,
    );
    expect(await db.prisma.institution.findUnique({ where: { id: source.id } })).not.toBeNull();

    const merged = await staff().workshopAdmin.mergeInstitutions({
      sourceId: source.id,
      targetId: target.id,
    });
    expect(merged.moved).toMatchObject({
      attendees: 1,
      contributions: 1,
      alliances: 1,
      capacityProfiles: 1,
    });
    expect(await db.prisma.institution.findUnique({ where: { id: source.id } })).toBeNull();
    const view = await staff().workshopAdmin.bySlug({ slug });
    expect(view.attendees[0]?.institutionId).toBe(target.id);
    expect(view.contributions[0]?.institutionId).toBe(target.id);
    // Once in the alliance, even though both were in it.
    expect(view.alliances[0]?.institutions.map((i) => i.id).sort()).toEqual(
      [target.id, other.id].sort(),
    );
    // The target's own cells win; the source's fill the empty ones, and its role.
    expect(view.capacityMap).toEqual([
      expect.objectContaining({
        institutionId: target.id,
        potentialRole: "Socio de experimentación",
        offers: [
          expect.objectContaining({ capacityType: "FISICA", level: "SOME", description: "Aulas" }),
          expect.objectContaining({ capacityType: "HUMANA", level: "NONE" }),
        ],
      }),
    ]);
    const audit = await auditOf(target.id);
    expect(audit.at(-1)).toMatchObject({ action: "institution.merge", actorId: editor.id });

    // Nothing refers to the third one once it leaves the alliance: it can go.
    const alliance = view.alliances[0];
    await staff().workshopAdmin.deleteAlliance({ allianceId: alliance?.id ?? "" });
    expect(await staff().workshopAdmin.deleteInstitution({ institutionId: other.id })).toEqual({
      deleted: other.name,
    });
  });
});

describe("publishing results", () => {
  it("publishes, recomputes the participation indicators, and is refused before the workshop", async () => {
    const { id, slug } = await newWorkshop({ startsAt: "2021-03-10T09:00", endsAt: "" });
    const a = await newInstitution(`Universidad Publicada ${counter}`);
    const b = await newInstitution(`Centro Publicado ${counter}`, "CENTRO_PRODUCTIVIDAD" as never);
    for (const institution of [a, b]) {
      await staff().workshopAdmin.saveContribution({
        workshopId: id,
        text: `Aporte de ${institution.name}`,
        institutionId: institution.id,
        capacityTypes: ["HUMANA"],
        status: "COMMITMENT",
      });
    }
    const suggestion = await staff().workshopAdmin.suggestCapacityMap({ workshopId: id });
    expect(suggestion.map((s) => s.institutionId).sort()).toEqual([a.id, b.id].sort());
    expect(suggestion[0]?.offers.find((o) => o.capacityType === "HUMANA")).toMatchObject({
      level: "STRONG",
      derived: true,
    });

    const { revision } = await staff().workshopAdmin.bySlug({ slug });
    const published = await as(publisher).workshopAdmin.publishResults({
      workshopId: id,
      revision,
    });
    expect(published.revision).toBe(revision + 1);
    const view = await staff().workshopAdmin.bySlug({ slug });
    expect(view).toMatchObject({ status: "RESULTS_PUBLISHED" });
    expect(view.resultsPublishedAt).toEqual(published.resultsPublishedAt);

    // The indicators fed by workshops now count this one (2021: no other workshop).
    const value = async (metric: string) =>
      (
        await db.prisma.observation.findFirst({
          where: { indicator: { derivedMetric: metric }, period: "2021", geography: "bucaramanga" },
        })
      )?.value.toNumber();
    expect(await value("workshops.held")).toBe(1);
    expect(await value("workshops.contributions")).toBe(2);
    expect(await value("workshops.commitments")).toBe(2);
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: "workshop.results.publish",
      actorId: publisher.id,
    });

    // Withdrawn: the counts go with them.
    await staff().workshopAdmin.setStatus({
      workshopId: id,
      revision: published.revision,
      status: "CLOSED",
    });
    expect(await value("workshops.held")).toBeUndefined();

    const future = await newWorkshop({ startsAt: "2099-01-01T09:00", endsAt: "" });
    const early = await refusal(
      staff().workshopAdmin.publishResults({ workshopId: future.id, revision: 0 }),
    );
    expect(early.code).toBe("BAD_REQUEST");
    expect(early.message).toContain("aún no se ha realizado");
  });
});
