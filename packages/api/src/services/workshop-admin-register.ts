import type { PrismaClient } from "@lab/db/prisma";
import { AppError } from "@lab/domain/errors";
import {
  dayInput,
  duplicateAttendeeMessage,
  type TAttendeeInput,
} from "@lab/domain/workshop-admin";
import {
  ATTENDEE_IMPORT_MAX_BYTES,
  type TApplyAttendeeImportInput,
  type TAttendeeImportInput,
  type TAttendeeImportPreview,
  type TAttendeeImportResult,
  validateAttendeeRows,
} from "@lab/domain/workshop-attendee-import";
import type { TActor } from "../authorization";
import { readSpreadsheet } from "../import/spreadsheet";
import {
  announceWorkshops,
  deleteWorkshopRecord,
  findWorkshop,
  isUniqueViolation,
  requireInstitutions,
  saveWorkshopRecord,
  writeAudit,
} from "./workshop-admin-store";

// The attendance register (Ley 1581: personal data, staff only). By hand, one person at a
// time; or from a spreadsheet, read like every import (../import/spreadsheet.ts) and checked
// by the domain's rules: a preview first (rows that can go in, rows with problems and why),
// nothing written until staff confirm; then every good row in one transaction. An email
// appears once per workshop: a second registration is refused, naming the first.

type TRegistered = {
  id: string;
  personName: string;
  email: string | null;
  institution: string | null;
};

async function registered(prisma: PrismaClient, workshopId: string): Promise<TRegistered[]> {
  const rows = await prisma.workshopAttendee.findMany({
    where: { workshopId },
    select: { id: true, personName: true, email: true, institution: { select: { name: true } } },
  });
  return rows.map(({ institution, ...r }) => ({ ...r, institution: institution?.name ?? null }));
}

/** "Ana Pérez · UIS · asistió · con autorización": no email (the trail is read by many). */
function attendeeSummary(a: {
  personName: string;
  institution: string | null;
  role: string | null;
  attended: boolean;
  consentAt: Date | null;
}) {
  return [
    a.personName,
    a.institution,
    a.role,
    a.attended ? "asistió" : "no asistió",
    a.consentAt ? "con autorización de datos" : "sin autorización de datos",
  ]
    .filter(Boolean)
    .join(" · ");
}

type TStoredAttendee = Omit<Parameters<typeof attendeeSummary>[0], "institution"> & {
  id: string;
  institution: { name: string } | null;
};

const attendeeRecord = {
  action: "workshop.attendee",
  entityType: "WorkshopAttendee",
  notFound: "Esa inscripción ya no existe: recargue la página.",
  summary: (row: TStoredAttendee) =>
    attendeeSummary({ ...row, institution: row.institution?.name ?? null }),
};

function duplicateAttendee(existing: TRegistered & { email: string }): AppError {
  const message = duplicateAttendeeMessage(existing);
  return new AppError("CONFLICT", message, { fieldErrors: { email: [message] } });
}

/** Registers a person (no id) or corrects a registration. */
export async function saveAttendee(
  prisma: PrismaClient,
  actor: TActor,
  input: TAttendeeInput,
): Promise<{ id: string }> {
  const workshop = await findWorkshop(prisma, input.workshopId);
  const names = await requireInstitutions(prisma, [input.institutionId], "institutionId");
  const others = (await registered(prisma, workshop.id)).filter((a) => a.id !== input.id);
  const same = input.email ? others.find((a) => a.email === input.email) : undefined;
  if (same?.email) throw duplicateAttendee({ ...same, email: same.email });
  const data = {
    personName: input.personName,
    email: input.email,
    institutionId: input.institutionId,
    role: input.role,
    consentAt: input.consentAt,
    consentText: input.consentText,
    attended: input.attended,
    checkedInAt: input.checkedInAt,
  };
  const after = attendeeSummary({
    ...data,
    institution: input.institutionId ? (names.get(input.institutionId) ?? null) : null,
  });
  try {
    return await saveWorkshopRecord<TStoredAttendee>(prisma, actor, {
      ...attendeeRecord,
      workshop,
      id: input.id,
      after,
      find: (tx, id) =>
        tx.workshopAttendee.findFirst({
          where: { id, workshopId: workshop.id },
          include: { institution: { select: { name: true } } },
        }),
      update: (tx, id) => tx.workshopAttendee.update({ where: { id }, data }),
      create: (tx) => tx.workshopAttendee.create({ data: { ...data, workshopId: workshop.id } }),
    });
  } catch (error) {
    // Registered by someone else between the check and the write.
    if (isUniqueViolation(error) && input.email) {
      const now = (await registered(prisma, workshop.id)).find((a) => a.email === input.email);
      if (now?.email) throw duplicateAttendee({ ...now, email: now.email });
    }
    throw error;
  }
}

/** Removes a registration; contributions it gave stay, without the person. */
export async function deleteAttendee(
  prisma: PrismaClient,
  actor: TActor,
  attendeeId: string,
): Promise<{ deleted: string }> {
  const row = await deleteWorkshopRecord<TStoredAttendee & { workshop: { slug: string } }>(
    prisma,
    actor,
    {
      ...attendeeRecord,
      find: (tx) =>
        tx.workshopAttendee.findUnique({
          where: { id: attendeeId },
          include: {
            institution: { select: { name: true } },
            workshop: { select: { id: true, slug: true } },
          },
        }),
      remove: (tx, id) => tx.workshopAttendee.delete({ where: { id } }),
    },
  );
  return { deleted: row.personName };
}

// ---------------------------------------------------------------------------------------------
// Import.

function bytesOf(base64: string): Uint8Array {
  const clean = base64.replace(/^data:[^,]*,/, "");
  if (!/^[A-Za-z0-9+/=\s]*$/.test(clean)) {
    throw new AppError("BAD_REQUEST", "No se pudo leer el archivo enviado: adjúntelo de nuevo.");
  }
  return new Uint8Array(Buffer.from(clean, "base64"));
}

async function check(
  prisma: PrismaClient,
  input: TAttendeeImportInput,
): Promise<TAttendeeImportPreview> {
  const workshop = await prisma.workshop.findUnique({
    where: { id: input.workshopId },
    select: { id: true, startsAt: true },
  });
  if (!workshop) throw new AppError("NOT_FOUND", "El taller no existe.");
  const spreadsheet = await readSpreadsheet(
    { name: input.fileName, bytes: bytesOf(input.contentBase64) },
    { maxBytes: ATTENDEE_IMPORT_MAX_BYTES },
  );
  const [institutions, register] = await Promise.all([
    prisma.institution.findMany({ select: { id: true, name: true } }),
    registered(prisma, workshop.id),
  ]);
  const existing = new Map(
    register.flatMap((a) =>
      a.email ? [[a.email, { personName: a.personName, institution: a.institution }] as const] : [],
    ),
  );
  const validation = validateAttendeeRows(spreadsheet.sheet, {
    institutions,
    existing,
    workshopDay: dayInput(workshop.startsAt),
    defaultAttended: input.defaultAttended,
  });
  return { file: spreadsheet.file, ...validation };
}

/** What the file would add to the register, row by row; writes nothing. */
export function previewAttendeeImport(
  prisma: PrismaClient,
  input: TAttendeeImportInput,
): Promise<TAttendeeImportPreview> {
  return check(prisma, input);
}

const STALE_IMPORT_MESSAGE =
  "El registro o las instituciones cambiaron desde la vista previa (o el archivo es otro). Vuelva a ver la vista previa antes de confirmar.";

/**
 * Adds the file's good rows (exactly those the confirmed preview showed) and the new
 * institutions they name, in one transaction with one audit entry. Rows with problems are
 * left out, as the preview said.
 */
export async function applyAttendeeImport(
  prisma: PrismaClient,
  actor: TActor,
  input: TApplyAttendeeImportInput,
): Promise<TAttendeeImportResult> {
  const preview = await check(prisma, input);
  const rows = preview.rows.map((r) => r.row);
  const confirmed = [...new Set(input.confirmRows)].sort((a, b) => a - b);
  if (rows.length !== confirmed.length || rows.some((row, i) => row !== confirmed[i])) {
    throw new AppError("CONFLICT", STALE_IMPORT_MESSAGE);
  }
  if (rows.length === 0) {
    throw new AppError(
      "BAD_REQUEST",
      "Ninguna fila del archivo se puede importar: corrija los problemas y cárguelo de nuevo.",
    );
  }
  const workshop = await findWorkshop(prisma, input.workshopId);
  try {
    return await prisma.$transaction(
      async (tx) => {
        const created = new Map<string, string>();
        for (const row of preview.rows) {
          if (!row.newInstitutionType || !row.institutionName || created.has(row.institutionName)) {
            continue;
          }
          const institution = await tx.institution.create({
            data: { name: row.institutionName, type: row.newInstitutionType },
          });
          created.set(row.institutionName, institution.id);
          await writeAudit(tx, actor, {
            action: "institution.create",
            entityType: "Institution",
            entityId: institution.id,
            before: null,
            after: `${institution.name} (creada al importar el registro de ${workshop.title})`,
          });
        }
        const { count } = await tx.workshopAttendee.createMany({
          data: preview.rows.map((row) => ({
            workshopId: workshop.id,
            personName: row.personName,
            email: row.email,
            institutionId:
              row.institutionId ??
              (row.institutionName ? (created.get(row.institutionName) ?? null) : null),
            role: row.role,
            consentAt: row.consentAt,
            consentText: row.consentAt ? input.consentText : null,
            attended: row.attended,
            checkedInAt: row.checkedInAt,
          })),
        });
        const skipped = preview.summary.withProblems;
        await writeAudit(tx, actor, {
          action: "workshop.attendee.import",
          entityType: "Workshop",
          entityId: workshop.id,
          workshop,
          before: null,
          after: `${count} inscripciones desde ${input.fileName}${skipped > 0 ? ` (${skipped} filas con problemas sin importar)` : ""}`,
          details: { file: input.fileName, created: count, skipped, source: "import" },
        });
        await announceWorkshops(tx, { slug: workshop.slug });
        return { created: count, skipped, newInstitutions: created.size };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    // Someone registered one of these emails, or created one of these institutions, meanwhile.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", STALE_IMPORT_MESSAGE);
    throw error;
  }
}
