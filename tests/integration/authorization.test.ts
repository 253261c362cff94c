import { randomInt } from "node:crypto";
import { OTHER_OFFICE_MESSAGE } from "@lab/api/authorization";
import { PERMISSIONS, type TRule } from "@lab/api/permissions";
import { appRouter, createCaller } from "@lab/api/root";
import type { TSessionUser } from "@lab/api/trpc";
import { Prisma, type Role } from "@lab/db/prisma";
import { seed } from "@lab/db/seed";
import { createUser } from "@lab/db/users";
import { generateBoardCode } from "@lab/domain/board";
import { DATA_CONSENT_VERSION } from "@lab/domain/participant-signup";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedLesson } from "./support/lessons";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// The permission table (packages/api/src/permissions.ts) against the router itself: every
// procedure must have an entry, and every guarded one answers every kind of user exactly as
// its entry says. A new procedure cannot escape: it fails here until it is in the table and
// has a sample input below.

type TProcedureType = "query" | "mutation" | "subscription";
type TProcedureDef = { procedure?: true; type: TProcedureType };

/** Every procedure of a router record (tRPC 11 `_def.record`: nested routers, procedures). */
function listProcedures(record: object, prefix = ""): { path: string; type: TProcedureType }[] {
  return Object.entries(record).flatMap(([key, node]) => {
    const def = (node as { _def?: TProcedureDef })._def;
    return def?.procedure
      ? [{ path: `${prefix}${key}`, type: def.type }]
      : listProcedures(node as object, `${prefix}${key}.`);
  });
}
const PROCEDURES = listProcedures(appRouter._def.record);

const PLANEACION = "Secretaría de Planeación";

/** Set in beforeAll: the account the samples of users.* act on (never one of the callers). */
const fixture = { targetUserId: "", planeacionId: "" };
let sampleCount = 0;
/** A fresh suffix per call, so that every successful call creates something new. */
function unique(): string {
  sampleCount += 1;
  return `${sampleCount}-${process.pid}`;
}

// The publishing workflow's samples work on one indicator of PLANEACION. Each call that may
// succeed needs its own state (a new period, a pending draft, a submission), so their
// `prepare` builds it, as an admin that is none of the callers, before the call.
const DRAFTING = "proyectos-innovacion-publica";
let freeYear = 2100; // downwards, far from the seeded 2020–2024
const freshPeriod = () => String(freeYear--);
let preparer: TSessionUser | undefined;

async function asPreparer() {
  preparer ??= await createUser(db.prisma, {
    email: `authz-preparer-${process.pid}@example.org`,
    name: "Preparación de muestras",
    role: "ADMIN",
    password: "contraseña-de-prueba-123",
  });
  return createCaller({ session: preparer, prisma: db.prisma });
}

async function draftingWorkspace() {
  return (await asPreparer()).indicators.workspace({ slug: DRAFTING });
}

/** A new value for a fresh period, as a draft; its period. */
async function draftValue(): Promise<string> {
  const period = freshPeriod();
  await (await asPreparer()).indicators.recordObservation({
    indicatorSlug: DRAFTING,
    period,
    value: 3,
  });
  return period;
}

/** Pending changes submitted for review; the revision the reviewer sees. */
async function submitted(): Promise<{ indicatorSlug: string; revision: number }> {
  await draftValue();
  const { state, revision } = await draftingWorkspace();
  if (state === "SUBMITTED") return { indicatorSlug: DRAFTING, revision };
  const sent = await (await asPreparer()).indicators.submit({ indicatorSlug: DRAFTING, revision });
  return { indicatorSlug: DRAFTING, revision: sent.revision };
}

// The catalog's samples work on one dataset, created on first use by the preparer. A version
// is added as the loader leaves one (READY, with its dictionary); publishing touches no rows.
const DATASET = "authz-conjunto-de-datos";
let versionCount = 0;

async function authzDataset(): Promise<string> {
  const exists = await db.prisma.dataset.findUnique({ where: { slug: DATASET } });
  if (!exists) {
    await (await asPreparer()).datasets.create({
      slug: DATASET,
      title: "Conjunto de prueba de permisos",
      description: "Un conjunto de datos creado por la prueba de permisos.",
      theme: "gobierno-y-participacion",
      contactName: "Oficina TIC",
      contactEmail: "datosabiertos@bucaramanga.gov.co",
      updateFrequency: "MONTHLY",
    });
  }
  return DATASET;
}

/** A new loaded (READY) version of the sample dataset; its number. */
async function readyVersion(): Promise<number> {
  const dataset = await db.prisma.dataset.findUniqueOrThrow({
    where: { slug: await authzDataset() },
  });
  const last = await db.prisma.datasetVersion.findFirst({
    where: { datasetId: dataset.id },
    orderBy: { number: "desc" },
  });
  versionCount += 1;
  const version = await db.prisma.datasetVersion.create({
    data: {
      datasetId: dataset.id,
      number: (last?.number ?? 0) + 1,
      status: "READY",
      fileName: "muestra.csv",
      sourceFormat: "csv",
      rowCount: 0,
      tableName: `v_authz_${versionCount}_${process.pid}`,
      columns: { create: [{ position: 0, name: "Comuna", field: "comuna", type: "text" }] },
    },
  });
  return version.number;
}

/** A newly published version; returns it. */
async function publishedVersion(): Promise<number> {
  const number = await readyVersion();
  await (await asPreparer()).datasets.publishVersion({ slug: DATASET, number });
  return number;
}

// The staff's workshop samples (workshopAdmin.*) work on one workshop and one institution,
// created on first use by the preparer; what a call removes or changes is made fresh first.
const AUTHZ_WORKSHOP = "authz-taller";
const WORKSHOP_FIELDS = {
  title: "Taller de prueba de permisos",
  startsAt: "2023-05-10T09:00",
  place: "Centro Cultural del Oriente",
  objective: "Probar permisos.",
  purpose: "Probar permisos.",
  projectObjective: "Probar permisos.",
};

async function authzWorkshop(): Promise<{ id: string; slug: string; revision: number }> {
  const preparer = await asPreparer();
  const exists = await db.prisma.workshop.findUnique({ where: { slug: AUTHZ_WORKSHOP } });
  if (!exists)
    await preparer.workshopAdmin.create({ slug: AUTHZ_WORKSHOP, fields: WORKSHOP_FIELDS });
  const { id, slug, revision } = await preparer.workshopAdmin.bySlug({ slug: AUTHZ_WORKSHOP });
  return { id, slug, revision };
}

async function authzInstitution(): Promise<string> {
  return (
    await (
      await asPreparer()
    ).workshopAdmin.saveInstitution({
      name: `Institución de permisos ${unique()}`,
      type: "EMPRESA",
    })
  ).id;
}

async function authzAlliance(): Promise<string> {
  return (
    await (
      await asPreparer()
    ).workshopAdmin.saveAlliance({
      workshopId: (await authzWorkshop()).id,
      title: `Alianza ${unique()}`,
      purpose: "Probar permisos.",
      labFunction: "COCREACION",
      status: "POTENTIAL",
      institutionIds: [await authzInstitution()],
    })
  ).id;
}

/** A one-person register in a file, with an email never used before. */
async function attendeeFile() {
  const csv = `nombre;correo\nPersona de prueba;authz-${unique()}@example.org\n`;
  return {
    workshopId: (await authzWorkshop()).id,
    fileName: "registro.csv",
    contentBase64: Buffer.from(csv).toString("base64"),
  };
}

// The lessons' samples work on lessons the preparer creates and publishes before each call
// (a call to unpublish one takes it off the site).
const AUTHZ_LESSON = "authz-leccion";
const AUTHZ_LESSON_TO_UNPUBLISH = "authz-leccion-retirar";

async function authzLesson(slug = AUTHZ_LESSON): Promise<{ slug: string; revision: number }> {
  return publishedLesson(db.prisma, await asPreparer(), slug);
}

// The live board's samples each get a fresh open board with a current question, where every
// account of this test has a seat (so each allowed caller is a member), and what the call
// needs: raised hands, a note, an open voting round.
async function authzBoard(
  options: {
    status?: "LOBBY" | "OPEN";
    seats?: boolean;
    hands?: boolean;
    note?: boolean;
    voting?: boolean;
  } = {},
) {
  const workshop = await db.prisma.workshop.create({
    data: {
      slug: `authz-tablero-${unique()}`,
      title: "Taller del tablero",
      startsAt: new Date("2026-12-06T14:00:00Z"),
      objective: "Probar permisos",
      purpose: "Probar permisos",
      projectObjective: "Probar permisos",
      questions: { create: { order: 1, text: "¿Qué propone?" } },
    },
    select: { id: true, questions: { select: { id: true } } },
  });
  const questionId = workshop.questions[0]?.id ?? null;
  const board = await db.prisma.boardSession.create({
    data: {
      workshopId: workshop.id,
      code: generateBoardCode(randomInt),
      status: options.status ?? "OPEN",
      currentQuestionId: questionId,
      votingOpen: options.voting ?? false,
      votingRound: options.voting ? 1 : 0,
    },
  });
  const seated = options.seats === false ? [] : [...users.values(), target()];
  for (const user of seated) {
    await db.prisma.boardParticipant.create({
      data: {
        sessionId: board.id,
        userId: user.id,
        handRaisedAt: options.hands ? new Date() : null,
      },
    });
  }
  const note = options.note
    ? await db.prisma.boardNote.create({
        data: {
          sessionId: board.id,
          questionId,
          authorId: fixture.targetUserId,
          text: "Una idea",
          createdAt: new Date(),
        },
      })
    : null;
  return { code: board.code, questionId: questionId ?? "", noteId: note?.id ?? "" };
}

function target() {
  return { id: fixture.targetUserId };
}

/**
 * A valid input per procedure (`input: undefined` when it takes none) and, for procedures
 * scoped to an office, the office owning what the input reaches. `prepare`, when given,
 * replaces `input`: it runs before each call (and before the rows are counted), brings the
 * database to a state where the call can succeed, and returns the input.
 */
type TSample = { owner?: string } & ({ input: unknown } | { prepare: () => Promise<unknown> });
const SAMPLES: Record<string, TSample> = {
  "indicators.list": { input: undefined },
  "indicators.bySlug": { input: { slug: "proyectos-innovacion-publica" } },
  "indicators.editable": { input: undefined },
  "indicators.workspace": { input: { slug: DRAFTING }, owner: PLANEACION },
  // A new period per call: a second "new" value for one period is a CONFLICT.
  "indicators.recordObservation": {
    get input() {
      return { indicatorSlug: DRAFTING, period: freshPeriod(), value: 12 };
    },
    owner: PLANEACION,
  },
  // A published value, marked for deletion from the version the workspace shows.
  "indicators.deleteObservation": {
    prepare: async () => {
      const period = await draftValue();
      const { revision } = await draftingWorkspace();
      await (await asPreparer()).indicators.publish({ indicatorSlug: DRAFTING, revision });
      const row = (await draftingWorkspace()).rows.find((r) => r.period === period);
      return { indicatorSlug: DRAFTING, period, version: row?.version };
    },
    owner: PLANEACION,
  },
  "indicators.updateMetadata": {
    prepare: async () => ({
      indicatorSlug: DRAFTING,
      metadataVersion: (await draftingWorkspace()).metadataVersion,
      changes: { unitLabel: `proyectos ${unique()}` },
    }),
    owner: PLANEACION,
  },
  // Pending changes not yet submitted (a submission is sent back first).
  "indicators.submit": {
    prepare: async () => {
      await draftValue();
      const { state, revision } = await draftingWorkspace();
      if (state !== "SUBMITTED") return { indicatorSlug: DRAFTING, revision };
      const back = await (await asPreparer()).indicators.reject({
        indicatorSlug: DRAFTING,
        revision,
        reason: "Devuelto para enviarlo de nuevo.",
      });
      return { indicatorSlug: DRAFTING, revision: back.revision };
    },
    owner: PLANEACION,
  },
  "indicators.reject": {
    prepare: async () => ({
      ...(await submitted()),
      reason: "El valor no coincide con la fuente.",
    }),
  },
  "indicators.publish": {
    prepare: async () => {
      await draftValue();
      return { indicatorSlug: DRAFTING, revision: (await draftingWorkspace()).revision };
    },
  },
  // Each role's account is used once here, so the current password is still the first one.
  "account.changePassword": {
    input: {
      currentPassword: "contraseña-de-prueba-123",
      newPassword: "otra-frase-bastante-larga",
    },
  },
  "audit.forIndicator": { input: { slug: "proyectos-innovacion-publica" }, owner: PLANEACION },
  "audit.list": { input: { indicatorSlug: "proyectos-innovacion-publica" } },
  "workshops.list": { input: undefined },
  "workshops.bySlug": { input: { slug: "bucaramanga-avanza-con-innovacion-2024" } },
  "users.list": { input: undefined },
  // Getters: read when called, after beforeAll, and with a new email or name each time.
  "users.create": {
    get input() {
      return {
        name: "Cuenta nueva",
        email: `authz-nueva-${unique()}@example.org`,
        role: "EDITOR",
        officeIds: [fixture.planeacionId],
      };
    },
  },
  "users.update": {
    get input() {
      return { userId: fixture.targetUserId, role: "EDITOR", officeIds: [fixture.planeacionId] };
    },
  },
  "users.setActive": {
    get input() {
      return { userId: fixture.targetUserId, active: false };
    },
  },
  "users.resetPassword": {
    get input() {
      return { userId: fixture.targetUserId };
    },
  },
  "indicators.create": {
    get input() {
      const suffix = unique();
      return {
        code: `TST-${100 + sampleCount}`,
        slug: `indicador-de-prueba-${suffix}`,
        name: "Indicador de prueba",
        description: "Un indicador creado por la prueba de permisos.",
        dimension: "INNOVACION_PUBLICA",
        unit: "COUNT",
        periodicity: "ANNUAL",
        geographicBreakdown: "MUNICIPALITY",
        officeSlug: "secretaria-de-planeacion",
        sourceName: "Prueba",
        direction: "HIGHER_IS_BETTER",
        decimals: 0,
      };
    },
  },
  "offices.list": { input: undefined },
  // Public reads: the sample dataset, published again first (another sample unpublishes it).
  "datasets.search": { input: { q: "prueba", sort: "modified", page: 1 } },
  "datasets.bySlug": {
    prepare: async () => {
      await publishedVersion();
      return { slug: DATASET };
    },
  },
  "datasets.mine": { input: undefined },
  "datasets.formOptions": { input: undefined },
  "datasets.forPublisher": { prepare: async () => ({ slug: await authzDataset() }) },
  "datasets.create": {
    get input() {
      return {
        slug: `authz-datos-${unique()}`,
        title: "Conjunto de datos nuevo",
        description: "Un conjunto de datos creado por la prueba de permisos.",
        theme: "ciencia-tecnologia-e-innovacion",
        contactName: "Oficina TIC",
        contactEmail: "datosabiertos@bucaramanga.gov.co",
        updateFrequency: "ANNUAL",
      };
    },
  },
  // The metadata as the form loaded it, with a new title each time.
  "datasets.updateMetadata": {
    prepare: async () => {
      const slug = await authzDataset();
      const { metadata, metadataVersion } = await (await asPreparer()).datasets.forPublisher({
        slug,
      });
      return { slug, metadataVersion, metadata: { ...metadata, title: `Conjunto ${unique()}` } };
    },
  },
  "datasets.updateColumns": {
    prepare: async () => {
      const number = await readyVersion();
      return {
        slug: DATASET,
        number,
        columns: [{ field: "comuna", description: `Comuna ${unique()}`, previous: "" }],
      };
    },
  },
  "datasets.publishVersion": {
    prepare: async () => ({ slug: DATASET, number: await readyVersion() }),
  },
  // Back to a version published before the current one.
  "datasets.rollback": {
    prepare: async () => {
      const earlier = await publishedVersion();
      await publishedVersion();
      return { slug: DATASET, number: earlier };
    },
  },
  "datasets.unpublish": {
    prepare: async () => {
      await publishedVersion();
      return { slug: DATASET };
    },
  },
  "offices.create": {
    get input() {
      return { name: `Dependencia de prueba ${unique()}` };
    },
  },
  "workshopAdmin.list": { input: undefined },
  "workshopAdmin.bySlug": { prepare: async () => ({ slug: (await authzWorkshop()).slug }) },
  "workshopAdmin.institutions": { input: undefined },
  "workshopAdmin.create": {
    get input() {
      return { slug: `authz-taller-${unique()}`, fields: WORKSHOP_FIELDS };
    },
  },
  // The revision as the form would have loaded it.
  "workshopAdmin.update": {
    prepare: async () => {
      const { id, revision } = await authzWorkshop();
      return {
        workshopId: id,
        revision,
        fields: { ...WORKSHOP_FIELDS, title: `Taller ${unique()}` },
      };
    },
  },
  "workshopAdmin.setStatus": {
    prepare: async () => {
      const { id, revision } = await authzWorkshop();
      return { workshopId: id, revision, status: "CLOSED" };
    },
  },
  "workshopAdmin.publishResults": {
    prepare: async () => {
      const { id, revision } = await authzWorkshop();
      return { workshopId: id, revision };
    },
  },
  "workshopAdmin.delete": {
    // A workshop of its own each time: an allowed caller deletes it.
    prepare: async () => {
      const { id } = await (await asPreparer()).workshopAdmin.create({
        slug: `taller-borrable-${unique()}`,
        fields: WORKSHOP_FIELDS,
      });
      return { workshopId: id, revision: 0 };
    },
  },
  "workshopAdmin.saveAgenda": {
    prepare: async () => {
      const { id, revision } = await authzWorkshop();
      return { workshopId: id, revision, items: [{ title: `Bienvenida ${unique()}` }] };
    },
  },
  "workshopAdmin.saveRules": {
    prepare: async () => {
      const { id, revision } = await authzWorkshop();
      return { workshopId: id, revision, rules: [{ title: `Regla ${unique()}` }] };
    },
  },
  "workshopAdmin.saveSpecificObjectives": {
    prepare: async () => {
      const { id, revision } = await authzWorkshop();
      return { workshopId: id, revision, objectives: [{ text: `Objetivo ${unique()}` }] };
    },
  },
  "workshopAdmin.saveQuestions": {
    prepare: async () => {
      const { id, revision } = await authzWorkshop();
      return { workshopId: id, revision, questions: [{ text: `¿Pregunta ${unique()}?` }] };
    },
  },
  "workshopAdmin.saveFacilitators": {
    prepare: async () => {
      const institutionId = await authzInstitution();
      const { id, revision } = await authzWorkshop();
      return {
        workshopId: id,
        revision,
        facilitators: [
          { personName: "Facilitadora", role: "Moderadora", institutionId, nameIsPublic: false },
        ],
      };
    },
  },
  "workshopAdmin.saveAttendee": {
    prepare: async () => ({
      workshopId: (await authzWorkshop()).id,
      personName: "Persona inscrita",
      email: `authz-inscrita-${unique()}@example.org`,
      attended: true,
      consent: false,
    }),
  },
  "workshopAdmin.deleteAttendee": {
    prepare: async () => {
      const { id } = await (await asPreparer()).workshopAdmin.saveAttendee({
        workshopId: (await authzWorkshop()).id,
        personName: "Persona por quitar",
        attended: false,
        consent: false,
      });
      return { attendeeId: id };
    },
  },
  "workshopAdmin.previewAttendeeImport": { prepare: attendeeFile },
  "workshopAdmin.applyAttendeeImport": {
    prepare: async () => {
      const file = await attendeeFile();
      const preview = await (await asPreparer()).workshopAdmin.previewAttendeeImport(file);
      return { ...file, confirmRows: preview.rows.map((r) => r.row) };
    },
  },
  "workshopAdmin.saveContribution": {
    prepare: async () => ({ workshopId: (await authzWorkshop()).id, text: `Aporte ${unique()}` }),
  },
  "workshopAdmin.deleteContribution": {
    prepare: async () => {
      const { id } = await (await asPreparer()).workshopAdmin.saveContribution({
        workshopId: (await authzWorkshop()).id,
        text: "Aporte por borrar",
      });
      return { contributionId: id };
    },
  },
  "workshopAdmin.saveCapacityMap": {
    prepare: async () => {
      const institutionId = await authzInstitution();
      const { id, revision } = await authzWorkshop();
      return {
        workshopId: id,
        revision,
        profiles: [{ institutionId, offers: [{ capacityType: "HUMANA", level: "SOME" }] }],
      };
    },
  },
  "workshopAdmin.suggestCapacityMap": {
    prepare: async () => ({ workshopId: (await authzWorkshop()).id }),
  },
  "workshopAdmin.saveAlliance": {
    prepare: async () => ({
      workshopId: (await authzWorkshop()).id,
      title: `Alianza ${unique()}`,
      purpose: "Probar permisos.",
      labFunction: "DATOS_ABIERTOS",
      status: "IN_CONVERSATION",
      institutionIds: [await authzInstitution()],
    }),
  },
  "workshopAdmin.deleteAlliance": { prepare: async () => ({ allianceId: await authzAlliance() }) },
  "workshopAdmin.saveMilestone": {
    prepare: async () => ({
      allianceId: await authzAlliance(),
      date: "2024-02-01",
      note: `Avance ${unique()}`,
      percent: 40,
    }),
  },
  "workshopAdmin.deleteMilestone": {
    prepare: async () => {
      const { id } = await (await asPreparer()).workshopAdmin.saveMilestone({
        allianceId: await authzAlliance(),
        date: "2024-03-01",
        note: "Avance por borrar",
        percent: 10,
      });
      return { milestoneId: id };
    },
  },
  "workshopAdmin.saveInstitution": {
    get input() {
      return { name: `Institución nueva ${unique()}`, type: "UNIVERSIDAD" };
    },
  },
  // One nothing refers to: deleting it succeeds.
  "workshopAdmin.deleteInstitution": {
    prepare: async () => ({ institutionId: await authzInstitution() }),
  },
  "workshopAdmin.mergeInstitutions": {
    prepare: async () => ({
      sourceId: await authzInstitution(),
      targetId: await authzInstitution(),
    }),
  },
  "board.lobby": { prepare: async () => ({ code: (await authzBoard()).code }) },
  "board.join": { prepare: async () => ({ code: (await authzBoard({ seats: false })).code }) },
  "board.postNote": {
    prepare: async () => ({ code: (await authzBoard()).code, text: "Más ciclorrutas" }),
  },
  "board.raiseHand": { prepare: async () => ({ code: (await authzBoard()).code }) },
  "board.lowerHand": { prepare: async () => ({ code: (await authzBoard({ hands: true })).code }) },
  "board.vote": {
    prepare: async () => {
      const board = await authzBoard({ note: true, voting: true });
      return { code: board.code, noteId: board.noteId };
    },
  },
  "boardAdmin.ensure": { prepare: async () => ({ workshopSlug: (await authzWorkshop()).slug }) },
  "boardAdmin.open": {
    prepare: async () => ({ code: (await authzBoard({ status: "LOBBY" })).code }),
  },
  "boardAdmin.openQuestion": {
    prepare: async () => {
      const board = await authzBoard();
      return { code: board.code, questionId: board.questionId };
    },
  },
  "boardAdmin.giveFloor": {
    prepare: async () => ({
      code: (await authzBoard({ hands: true })).code,
      userId: fixture.targetUserId,
    }),
  },
  "boardAdmin.endFloor": { prepare: async () => ({ code: (await authzBoard()).code }) },
  "boardAdmin.removeHand": {
    prepare: async () => ({
      code: (await authzBoard({ hands: true })).code,
      userId: fixture.targetUserId,
    }),
  },
  "boardAdmin.hideNote": {
    prepare: async () => {
      const board = await authzBoard({ note: true });
      return { code: board.code, noteId: board.noteId };
    },
  },
  "boardAdmin.saveCluster": {
    prepare: async () => {
      const board = await authzBoard({ note: true });
      return { code: board.code, title: "Movilidad", noteIds: [board.noteId] };
    },
  },
  "boardAdmin.openVoting": {
    prepare: async () => ({ code: (await authzBoard()).code, votesPerParticipant: 3 }),
  },
  "boardAdmin.closeVoting": {
    prepare: async () => ({ code: (await authzBoard({ voting: true })).code }),
  },
  "boardAdmin.close": { prepare: async () => ({ code: (await authzBoard({ note: true })).code }) },
  "lessons.list": { input: undefined },
  "lessons.bySlug": { prepare: async () => ({ slug: (await authzLesson()).slug }) },
  "lessons.checkAnswer": {
    prepare: async () => ({
      lessonSlug: (await authzLesson()).slug,
      questionId: "p1",
      optionIds: ["a"],
    }),
  },
  "lessons.myProgress": { input: undefined },
  "lessons.saveProgress": {
    prepare: async () => ({
      progress: [
        {
          lessonSlug: (await authzLesson()).slug,
          completed: true,
          answers: { p1: true },
          updatedAt: new Date(),
        },
      ],
    }),
  },
  "lessonAdmin.list": { input: undefined },
  "lessonAdmin.bySlug": { prepare: async () => ({ slug: (await authzLesson()).slug }) },
  "lessonAdmin.create": {
    get input() {
      return { moduleSlug: "innovacion-publica", title: `Lección de permisos ${unique()}` };
    },
  },
  "lessonAdmin.update": {
    prepare: async () => {
      const { slug } = await authzLesson();
      const view = await (await asPreparer()).lessonAdmin.bySlug({ slug });
      return {
        slug,
        revision: view.revision,
        moduleSlug: view.moduleSlug,
        order: view.order,
        content: { ...view.content, summary: `Resumen ${unique()}` },
      };
    },
  },
  "lessonAdmin.check": { input: { body: "## Introducción\n\nTexto.\n" } },
  "lessonAdmin.publish": {
    prepare: async () => {
      const { slug } = await authzLesson();
      const { revision } = await (await asPreparer()).lessonAdmin.bySlug({ slug });
      return { slug, revision };
    },
  },
  "lessonAdmin.unpublish": {
    prepare: async () => ({ slug: (await authzLesson(AUTHZ_LESSON_TO_UNPUBLISH)).slug }),
  },
  "lessonAdmin.saveModule": {
    get input() {
      return { title: `Módulo de permisos ${unique()}`, description: "", order: 9 };
    },
  },
  // A new email each time; the institution is created by the first call and reused after.
  "participants.register": {
    get input() {
      return {
        name: "Participante de prueba",
        email: `authz-participante-${unique()}@example.org`,
        password: "frase de prueba bastante larga",
        institution: { kind: "new", name: "Institución de participantes", type: "OTRO" },
        consent: true,
        consentVersion: DATA_CONSENT_VERSION,
      };
    },
  },
  "participants.institutions": { input: undefined },
};

type TOutcome = "success" | "UNAUTHORIZED" | "FORBIDDEN";
type TActor = {
  label: string;
  session: TSessionUser | null;
  /** For editors: whether they belong to the office owning the sample's target. */
  kind?: "noOffice" | "otherOffice" | "ownOffice";
};

/** What the table says this actor gets. */
function expectedOutcome(rule: TRule, actor: TActor): TOutcome {
  if (rule === "public") return "success";
  if (!actor.session) return "UNAUTHORIZED";
  const { role } = actor.session;
  if (!rule.roles.includes(role)) return "FORBIDDEN";
  if (rule.scope === "ownOffice" && role === "EDITOR" && actor.kind !== "ownOffice") {
    return "FORBIDDEN";
  }
  return "success";
}

let db: TTestDatabase;
let offices: string[];
const users = new Map<string, TSessionUser>();
let counter = 0;

/** One account per role and set of offices, created on first use. */
async function account(role: Role, officeNames: string[] = []): Promise<TSessionUser> {
  const key = `${role}:${officeNames.join("|")}`;
  const known = users.get(key);
  if (known) return known;
  counter += 1;
  const user = await createUser(db.prisma, {
    email: `authz-${role.toLowerCase()}-${counter}-${process.pid}@example.org`,
    name: `Persona ${role} ${counter}`,
    role,
    password: "contraseña-de-prueba-123",
  });
  for (const name of officeNames) {
    const office = await db.prisma.office.findUniqueOrThrow({ where: { name } });
    await db.prisma.userOffice.create({ data: { userId: user.id, officeId: office.id } });
  }
  users.set(key, user);
  return user;
}

/**
 * Seven kinds of caller of a procedure whose target belongs to `owner` (the PUBLISHER belongs
 * to that office too: only an EDITOR's membership counts).
 */
async function actors(owner: string): Promise<TActor[]> {
  const other = offices.find((name) => name !== owner);
  if (!other) throw new Error("the seed needs at least two offices");
  return [
    { label: "anonymous", session: null },
    { label: "PARTICIPANT", session: await account("PARTICIPANT") },
    { label: "PUBLISHER", session: await account("PUBLISHER", [owner]) },
    { label: "EDITOR without an office", session: await account("EDITOR"), kind: "noOffice" },
    {
      label: `EDITOR of another office (${other})`,
      session: await account("EDITOR", [other]),
      kind: "otherOffice",
    },
    {
      label: `EDITOR of the owning office (${owner}) and another`,
      session: await account("EDITOR", [other, owner]),
      kind: "ownOffice",
    },
    { label: "ADMIN", session: await account("ADMIN") },
  ];
}

function call(session: TSessionUser | null, path: string, input: unknown): Promise<unknown> {
  let target: unknown = createCaller({ session, prisma: db.prisma });
  for (const key of path.split(".")) target = (target as Record<string, unknown>)[key];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

async function outcomeOf(
  promise: Promise<unknown>,
): Promise<{ outcome: string; error?: TRPCError }> {
  try {
    await promise;
    return { outcome: "success" };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { outcome: error.code, error };
  }
}

/**
 * Rows per table: a refused mutation must leave every one as it was. One query for all tables
 * (tables are named as the models): it runs for every refused caller of every mutation.
 */
async function rowCounts(): Promise<Record<string, number>> {
  const counts = Object.values(Prisma.ModelName).map(
    (model) => `(SELECT count(*) FROM "${model}")::int AS "${model}"`,
  );
  // Every change to an indicator's drafts bumps its revision, even one that adds no row.
  counts.push(
    `(SELECT coalesce(sum(revision), 0) FROM "IndicatorDraft")::int AS "IndicatorDraft revisions"`,
  );
  const [row] = await db.driver.query<Record<string, number>>(`SELECT ${counts.join(", ")}`);
  if (!row) throw new Error("no row counts");
  return row;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  offices = (await db.prisma.office.findMany({ orderBy: { name: "asc" } })).map((o) => o.name);
  fixture.planeacionId = (
    await db.prisma.office.findUniqueOrThrow({ where: { name: PLANEACION } })
  ).id;
  const target = await createUser(db.prisma, {
    email: `authz-target-${process.pid}@example.org`,
    name: "Cuenta administrada",
    role: "PARTICIPANT",
    password: "contraseña-de-prueba-123",
  });
  fixture.targetUserId = target.id;
});

afterAll(async () => {
  await db?.drop();
});

describe("the permission table", () => {
  it("finds every procedure of the router", () => {
    const paths = PROCEDURES.map((p) => p.path);
    expect(paths).toContain("indicators.recordObservation");
    expect(PROCEDURES.some((p) => p.type === "mutation")).toBe(true);
    // The same as tRPC's own flat index, and no lazily loaded router hides any.
    expect(paths.sort()).toEqual(Object.keys(appRouter._def.procedures as object).sort());
    expect(Object.keys(appRouter._def.lazy)).toEqual([]);
  });

  it.each(PROCEDURES)("has an entry and a sample input for $path ($type)", ({ path, type }) => {
    expect(Object.hasOwn(PERMISSIONS, path), `${path} is missing from permissions.ts`).toBe(true);
    expect(Object.hasOwn(SAMPLES, path), `${path} has no sample input in this test`).toBe(true);
    expect(["query", "mutation"], `${path}: no rule for subscriptions yet`).toContain(type);
  });

  it("has no entry for a procedure that does not exist", () => {
    const paths = PROCEDURES.map((p) => p.path);
    expect(Object.keys(PERMISSIONS).filter((key) => !paths.includes(key))).toEqual([]);
  });

  it("names the owning office of the sample of every office-scoped procedure", () => {
    for (const { path } of PROCEDURES) {
      const rule = PERMISSIONS[path as keyof typeof PERMISSIONS] as TRule | undefined;
      if (rule !== undefined && rule !== "public" && rule.scope === "ownOffice") {
        expect(SAMPLES[path]?.owner, `${path} needs the owning office of its sample`).toBeDefined();
      }
    }
  });
});

describe("every procedure answers every kind of user as the table says", () => {
  it.each(PROCEDURES)("$path ($type)", async ({ path, type }) => {
    const rule = PERMISSIONS[path as keyof typeof PERMISSIONS] as TRule | undefined;
    const sample = SAMPLES[path];
    expect(rule, `${path} is missing from permissions.ts`).toBeDefined();
    expect(sample, `${path} has no sample input`).toBeDefined();
    if (!rule || !sample) return;

    const results: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const actor of await actors(sample.owner ?? PLANEACION)) {
      const want = expectedOutcome(rule, actor);
      const input = "prepare" in sample ? await sample.prepare() : sample.input;
      const before = type === "mutation" && want !== "success" ? await rowCounts() : null;
      const { outcome, error } = await outcomeOf(call(actor.session, path, input));
      expected[actor.label] = want;
      // An unexpected error's message says why (a BAD_REQUEST sample, a 500).
      results[actor.label] = outcome === want || !error ? outcome : `${outcome}: ${error.message}`;
      if (outcome !== want) continue;
      if (before) expect(await rowCounts(), `${actor.label}: nothing written`).toEqual(before);
      if (rule !== "public" && rule.scope === "ownOffice" && actor.kind === "otherOffice") {
        expect(error?.message, actor.label).toBe(OTHER_OFFICE_MESSAGE);
      }
    }
    expect(results).toEqual(expected);
  });
});
