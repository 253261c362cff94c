import { z } from "zod";
import { ZEmail } from "./auth";
import { filledRows, findHeaderRowWhere, foldText } from "./import-sheet";
import {
  columnLetter,
  type TImportCell,
  type TImportIssue,
  type TImportSheet,
  ZImportIssue,
} from "./observation-import";
import { parsePeriod } from "./period";
import { INSTITUTION_TYPE_LABELS_ES, INSTITUTION_TYPES, type TInstitutionType } from "./workshop";
import { DEFAULT_CONSENT_TEXT, WORKSHOP_LONG_TEXT_MAX_LENGTH } from "./workshop-admin";

// Importing a workshop's attendance register from a spreadsheet: the rules, no I/O. The file
// is read into rows of cells by packages/api (import/spreadsheet.ts: encodings, ";", BOM,
// XLSX), exactly as for indicator imports; validateAttendeeRows() turns them into attendees
// or row-level problems in Spanish. Row numbers are the ones Excel shows (header = 1).

/** Rows per file: far more than a workshop has. */
export const ATTENDEE_IMPORT_MAX_ROWS = 5_000;
/** Attendee lists are small; the file travels inside a JSON request. */
export const ATTENDEE_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

export const ATTENDEE_IMPORT_FIELDS = [
  "name",
  "email",
  "institution",
  "institutionType",
  "role",
  "consent",
  "consentAt",
  "attended",
  "checkedInAt",
] as const;
export type TAttendeeImportField = (typeof ATTENDEE_IMPORT_FIELDS)[number];

/** The template's headers, and how a column is named in messages. */
export const ATTENDEE_COLUMN_LABELS_ES: Record<TAttendeeImportField, string> = {
  name: "nombre",
  email: "correo",
  institution: "institución",
  institutionType: "tipo de institución",
  role: "rol",
  consent: "consentimiento",
  consentAt: "fecha del consentimiento",
  attended: "asistió",
  checkedInAt: "hora de llegada",
};

// Headers as registers are written (Google Forms, Excel sign-in sheets), compared without
// case, accents or punctuation.
const HEADER_ALIASES: Record<TAttendeeImportField, string[]> = {
  name: [
    "nombre",
    "nombres",
    "nombre completo",
    "nombres y apellidos",
    "nombre y apellido",
    "participante",
    "asistente",
    "persona",
    "name",
    "full name",
  ],
  email: [
    "correo",
    "correo electronico",
    "email",
    "e mail",
    "mail",
    "direccion de correo electronico",
  ],
  institution: [
    "institucion",
    "entidad",
    "organizacion",
    "empresa",
    "universidad",
    "institution",
    "organization",
    "organisation",
  ],
  institutionType: [
    "tipo",
    "tipo de institucion",
    "tipo de entidad",
    "tipo de organizacion",
    "institution type",
  ],
  role: ["rol", "cargo", "role", "position"],
  consent: [
    "consentimiento",
    "autorizacion",
    "autoriza",
    "autoriza tratamiento de datos",
    "autoriza el tratamiento de datos",
    "tratamiento de datos",
    "acepta",
    "consent",
  ],
  consentAt: [
    "fecha del consentimiento",
    "fecha de consentimiento",
    "fecha de autorizacion",
    "fecha",
    "marca temporal",
    "timestamp",
    "consent date",
  ],
  attended: ["asistio", "asistencia", "attended"],
  checkedInAt: ["hora de llegada", "llegada", "hora de ingreso", "hora", "check in"],
};

/** "Institución (UIS)*" → "institucion uis": an acronym in parentheses is kept. */
const fold = (text: string) => foldText(text);

const FIELD_OF_HEADER = new Map<string, TAttendeeImportField>(
  ATTENDEE_IMPORT_FIELDS.flatMap((field) =>
    HEADER_ALIASES[field].map((alias) => [alias, field] as const),
  ),
);

export function attendeeFieldOfHeader(header: string): TAttendeeImportField | null {
  return FIELD_OF_HEADER.get(fold(header)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// What crosses package boundaries.

export const ZAttendeeImportRow = z.object({
  row: z.number().int().positive(),
  personName: z.string(),
  email: z.string().nullable(),
  /** An institution already registered, a new one the import creates, or none. */
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  newInstitutionType: z.enum(INSTITUTION_TYPES).nullable(),
  role: z.string().nullable(),
  consentAt: z.date().nullable(),
  attended: z.boolean(),
  checkedInAt: z.date().nullable(),
});
export type TAttendeeImportRow = z.infer<typeof ZAttendeeImportRow>;

export const ZAttendeeImportPreview = z.object({
  file: z.object({
    name: z.string(),
    format: z.enum(["csv", "xlsx"]),
    encoding: z.enum(["utf-8", "utf-8-bom", "windows-1252", "utf-16"]).optional(),
    delimiter: z.enum([",", ";", "\t"]).optional(),
    sheet: z.string().optional(),
  }),
  headerRow: z.number().int(),
  /** Rows that can be imported. */
  rows: z.array(ZAttendeeImportRow),
  /** Problems, by row: those rows are left out. */
  issues: z.array(ZImportIssue),
  /** Not problems, but worth reading (no consent, a new institution). */
  notes: z.array(ZImportIssue),
  summary: z.object({
    ok: z.number().int(),
    withProblems: z.number().int(),
    newInstitutions: z.array(z.string()),
  }),
});
export type TAttendeeImportPreview = z.infer<typeof ZAttendeeImportPreview>;

export const ZAttendeeImportResult = z.object({
  created: z.number().int(),
  skipped: z.number().int(),
  newInstitutions: z.number().int(),
});
export type TAttendeeImportResult = z.infer<typeof ZAttendeeImportResult>;

const ZFileFields = {
  workshopId: z.string().min(1).max(64),
  fileName: z.string().trim().max(200).default("registro.csv"),
  /** The file's bytes in base64 (the request is JSON). */
  contentBase64: z
    .string({ error: "Adjunte un archivo CSV o XLSX." })
    .min(1, { error: "Adjunte un archivo CSV o XLSX." })
    .max(Math.ceil((ATTENDEE_IMPORT_MAX_BYTES * 4) / 3) + 4, {
      error: `El archivo es demasiado grande: el máximo es ${ATTENDEE_IMPORT_MAX_BYTES / (1024 * 1024)} MB.`,
    }),
  /** The authorisation text the people with "sí" in the consent column agreed to. */
  consentText: z
    .string()
    .trim()
    .max(WORKSHOP_LONG_TEXT_MAX_LENGTH)
    .default(DEFAULT_CONSENT_TEXT)
    .refine((t) => t.length > 0, { error: "Escriba el texto de la autorización que firmaron." }),
  /** When the file has no "asistió" column (or a blank cell). */
  defaultAttended: z.boolean().default(true),
};

export const ZAttendeeImportInput = z.object(ZFileFields);
export type TAttendeeImportInput = z.output<typeof ZAttendeeImportInput>;

export const ZApplyAttendeeImportInput = z.object({
  ...ZFileFields,
  /** The rows the preview showed as importable: the import refuses if they changed. */
  confirmRows: z.array(z.number().int().positive()).max(ATTENDEE_IMPORT_MAX_ROWS),
});
export type TApplyAttendeeImportInput = z.output<typeof ZApplyAttendeeImportInput>;

// ---------------------------------------------------------------------------------------------
// Cells.

function cellText(cell: TImportCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "sí" : "no";
  return String(cell).trim();
}

const FORMULA_MESSAGE =
  "La celda empieza como una fórmula (=, +, - o @): escriba el texto sin ese signo al comienzo.";
const FORMULA_START = /^[=+\-@]/;

const YES = new Set(["si", "s", "yes", "y", "x", "true", "verdadero", "1", "acepto", "autorizo"]);
const NO = new Set(["no", "n", "false", "falso", "0", "no acepto", "no autorizo"]);

function yesNo(cell: TImportCell | undefined): boolean | null | "invalid" {
  if (typeof cell === "boolean") return cell;
  const folded = fold(cellText(cell));
  if (folded === "") return null;
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return "invalid";
}

const TIME = /^(.*?)[ T]?(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:([ap])\.?\s*m\.?)?$/i;
const BOGOTA_OFFSET_MS = -5 * 60 * 60 * 1000;

/**
 * A date, a date and time, or (with `onDay`) only a time, as registers write them:
 * "16/12/2024", "2024-12-16 08:30", "16/12/2024 8:30 a. m.", "8:30". Colombia's time.
 */
export function parseRegisterDateTime(text: string, onDay: string | null): Date | "invalid" {
  const trimmed = text.trim().replace(/\s+/g, " ");
  const time = TIME.exec(trimmed);
  let dayText = time ? (time[1] ?? "").trim() : trimmed;
  let hour = 0;
  let minute = 0;
  if (time) {
    hour = Number(time[2]);
    minute = Number(time[3]);
    const half = time[4]?.toLowerCase();
    if (half && (hour < 1 || hour > 12)) return "invalid";
    if (half === "p" && hour < 12) hour += 12;
    if (half === "a" && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) return "invalid";
  }
  if (dayText === "") {
    if (!time || !onDay) return "invalid";
    dayText = onDay;
  }
  const parsed = parsePeriod("ONE_OFF", dayText);
  if (!parsed.ok) return "invalid";
  const [year, month, day] = parsed.period.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - BOGOTA_OFFSET_MS);
}

function institutionType(text: string): TInstitutionType | null {
  const folded = fold(text);
  for (const type of INSTITUTION_TYPES) {
    if (folded === fold(type) || folded === fold(INSTITUTION_TYPE_LABELS_ES[type])) return type;
  }
  return null;
}

/** Names compared without case, accents or punctuation; "(UIS)" also finds the institution. */
export function institutionKeys(name: string): string[] {
  const keys = [fold(name)];
  const acronym = /\(([^)]+)\)\s*$/.exec(name)?.[1];
  if (acronym) keys.push(fold(acronym), fold(name.replace(/\([^)]*\)\s*$/, "")));
  return keys.filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// The sheet.

export type TAttendeeImportContext = {
  institutions: readonly { id: string; name: string }[];
  /** The register as it is: by email (lower-case). */
  existing: ReadonlyMap<string, { personName: string; institution: string | null }>;
  /** "2024-12-16": the workshop's day in Bogotá (consent date and times without a day). */
  workshopDay: string;
  defaultAttended: boolean;
};

export type TAttendeeImportValidation = Omit<TAttendeeImportPreview, "file">;

function headerOf(rows: TImportSheet["rows"]): number | null {
  return findHeaderRowWhere(rows, (cells) =>
    cells.some((cell) => attendeeFieldOfHeader(cellText(cell)) === "name"),
  );
}

/** Checks every row; never throws for bad content. Problem rows are listed and left out. */
export function validateAttendeeRows(
  sheet: TImportSheet,
  context: TAttendeeImportContext,
): TAttendeeImportValidation {
  const issues: TImportIssue[] = [];
  const notes: TImportIssue[] = [];
  const rows = filledRows(sheet.rows);
  const empty = (message: string, row = 1): TAttendeeImportValidation => ({
    headerRow: row,
    rows: [],
    issues: [{ row, column: ATTENDEE_COLUMN_LABELS_ES.name, value: "", message }],
    notes,
    summary: { ok: 0, withProblems: 0, newInstitutions: [] },
  });
  const headerAt = headerOf(rows);
  const header = headerAt === null ? undefined : rows[headerAt];
  if (!header) {
    return empty(
      rows.length === 0
        ? "El archivo no tiene datos."
        : "No encontramos la columna «nombre» en las primeras filas: la primera fila debe tener los encabezados (nombre, correo, institución, rol, consentimiento).",
      rows[0]?.row ?? 1,
    );
  }

  const names = header.cells.map(cellText);
  const index: Partial<Record<TAttendeeImportField, number>> = {};
  names.forEach((name, i) => {
    const field = attendeeFieldOfHeader(name);
    if (field && index[field] === undefined) index[field] = i;
  });
  let width = names.length;
  while (width > 0 && names[width - 1] === "") width -= 1;

  const dataRows = rows.slice((headerAt ?? 0) + 1);
  if (dataRows.length === 0)
    return empty("El archivo no tiene filas debajo de los encabezados.", header.row);
  if (dataRows.length > ATTENDEE_IMPORT_MAX_ROWS) {
    return empty(
      `El archivo tiene ${dataRows.length} filas y el máximo es ${ATTENDEE_IMPORT_MAX_ROWS}.`,
      header.row,
    );
  }

  const institutionByKey = new Map<string, { id: string; name: string } | "ambiguous">();
  for (const institution of context.institutions) {
    for (const key of institutionKeys(institution.name)) {
      const known = institutionByKey.get(key);
      institutionByKey.set(key, known && known !== institution ? "ambiguous" : institution);
    }
  }
  const newInstitutions = new Map<string, { name: string; type: TInstitutionType }>();
  const firstRowOfEmail = new Map<string, number>();
  const imported: TAttendeeImportRow[] = [];
  let withProblems = 0;
  const consentOnWorkshopDay: number[] = [];

  for (const { row, cells } of dataRows) {
    const rowIssues: TImportIssue[] = [];
    const cell = (field: TAttendeeImportField) => {
      const i = index[field];
      return i === undefined ? undefined : cells[i];
    };
    const problem = (field: TAttendeeImportField | null, message: string, at?: number) => {
      const i = at ?? (field ? (index[field] ?? 0) : 0);
      rowIssues.push({
        row,
        column: field ? (names[i] ?? ATTENDEE_COLUMN_LABELS_ES[field]) : columnLetter(i),
        value: cellText(cells[i]),
        message,
      });
    };
    const text = (field: TAttendeeImportField, max: number): string | null => {
      const value = cellText(cell(field));
      if (value === "") return null;
      if (FORMULA_START.test(value)) {
        problem(field, FORMULA_MESSAGE);
        return null;
      }
      if (value.length > max) {
        problem(field, `El texto no puede tener más de ${max} caracteres.`);
        return null;
      }
      return value;
    };

    const extra = cells.findIndex((c, i) => i >= width && cellText(c) !== "");
    if (extra >= 0) {
      problem(
        null,
        `La fila tiene datos en la columna ${columnLetter(extra)}, que no tiene encabezado. Revise que el separador sea el mismo en todo el archivo y que los textos con «;» o «,» estén entre comillas.`,
        extra,
      );
    }

    const blankName = cellText(cell("name")) === "";
    if (blankName) problem("name", "Falta el nombre de la persona.");
    const personName = blankName ? null : text("name", 120);

    let email: string | null = null;
    const emailText = cellText(cell("email"));
    if (emailText !== "") {
      const parsed = ZEmail.safeParse(emailText);
      if (!parsed.success) {
        problem("email", `«${emailText}» no es un correo electrónico válido.`);
      } else {
        email = parsed.data;
        const earlier = firstRowOfEmail.get(email);
        const registered = context.existing.get(email);
        if (earlier !== undefined) {
          problem(
            "email",
            `El correo ${email} ya está en la fila ${earlier} del archivo: deje una sola fila por persona.`,
          );
        } else if (registered) {
          const where = registered.institution ? ` (${registered.institution})` : "";
          problem(
            "email",
            `El correo ${email} ya está en el registro de este taller: «${registered.personName}»${where}. La fila no se importa.`,
          );
        }
      }
    }

    let institutionId: string | null = null;
    let institutionName: string | null = null;
    let newInstitutionType: TInstitutionType | null = null;
    const institutionText = text("institution", 200);
    if (institutionText !== null) {
      const typeText = cellText(cell("institutionType"));
      const keys = institutionKeys(institutionText);
      const found = keys.map((k) => institutionByKey.get(k)).find((v) => v !== undefined);
      if (found === "ambiguous") {
        problem(
          "institution",
          `«${institutionText}» corresponde a más de una institución registrada: escriba el nombre completo.`,
        );
      } else if (found) {
        institutionId = found.id;
        institutionName = found.name;
      } else {
        const type = typeText === "" ? null : institutionType(typeText);
        if (type === null) {
          problem(
            typeText === "" ? "institution" : "institutionType",
            typeText === ""
              ? `La institución «${institutionText}» no está registrada: regístrela en «Instituciones» o agregue la columna «tipo de institución» (${INSTITUTION_TYPES.map((t) => INSTITUTION_TYPE_LABELS_ES[t].toLowerCase()).join(", ")}) para crearla al importar.`
              : `«${typeText}» no es un tipo de institución: use ${INSTITUTION_TYPES.map((t) => INSTITUTION_TYPE_LABELS_ES[t].toLowerCase()).join(", ")}.`,
          );
        } else {
          const key = keys[0] ?? institutionText;
          const planned = newInstitutions.get(key);
          if (planned && planned.type !== type) {
            problem(
              "institutionType",
              `La institución «${institutionText}» aparece antes con otro tipo (${INSTITUTION_TYPE_LABELS_ES[planned.type].toLowerCase()}).`,
            );
          } else {
            institutionName = planned?.name ?? institutionText;
            newInstitutionType = type;
            if (!planned) newInstitutions.set(key, { name: institutionText, type });
          }
        }
      }
    }

    const role = text("role", 120);

    let consentAt: Date | null = null;
    const consent = yesNo(cell("consent"));
    if (consent === "invalid") {
      problem(
        "consent",
        `«${cellText(cell("consent"))}» no dice si la persona autorizó el tratamiento de sus datos: escriba «sí» o «no».`,
      );
    } else if (consent === true) {
      const when = cellText(cell("consentAt"));
      const parsed =
        when === ""
          ? parseRegisterDateTime(context.workshopDay, null)
          : parseRegisterDateTime(when, context.workshopDay);
      if (when === "") consentOnWorkshopDay.push(row);
      if (parsed === "invalid") {
        problem(
          "consentAt",
          `«${when}» no es una fecha: escriba dd/mm/aaaa, con la hora si la tiene (16/12/2024 8:30).`,
        );
      } else {
        consentAt = parsed;
      }
    }

    const attendedCell = yesNo(cell("attended"));
    if (attendedCell === "invalid") {
      problem(
        "attended",
        `«${cellText(cell("attended"))}» no dice si la persona asistió: escriba «sí» o «no».`,
      );
    }
    let checkedInAt: Date | null = null;
    const checkIn = cellText(cell("checkedInAt"));
    if (checkIn !== "") {
      const parsed = parseRegisterDateTime(checkIn, context.workshopDay);
      if (parsed === "invalid")
        problem(
          "checkedInAt",
          `«${checkIn}» no es una hora: escriba, por ejemplo, 8:30 o 16/12/2024 8:30.`,
        );
      else checkedInAt = parsed;
    }

    if (rowIssues.length > 0 || personName === null) {
      issues.push(...rowIssues);
      withProblems += 1;
      continue;
    }
    if (email) firstRowOfEmail.set(email, row);
    if (consent !== true) {
      notes.push({
        row,
        column: ATTENDEE_COLUMN_LABELS_ES.consent,
        value: cellText(cell("consent")),
        message:
          "Sin autorización de tratamiento de datos: sus datos solo los verá el equipo y no se usarán para contactarla.",
      });
    }
    imported.push({
      row,
      personName,
      email,
      institutionId,
      institutionName,
      newInstitutionType,
      role,
      consentAt,
      attended: attendedCell === true || (attendedCell === null && context.defaultAttended),
      checkedInAt,
    });
  }

  const created = [...newInstitutions.values()].map((i) => i.name);
  for (const name of created) {
    const first = imported.find((r) => r.institutionName === name && r.newInstitutionType);
    if (first) {
      notes.push({
        row: first.row,
        column: ATTENDEE_COLUMN_LABELS_ES.institution,
        value: name,
        message: `«${name}» no está registrada: se creará al importar, como ${INSTITUTION_TYPE_LABELS_ES[first.newInstitutionType as TInstitutionType].toLowerCase()}.`,
      });
    }
  }
  const undated = consentOnWorkshopDay.filter((row) => imported.some((r) => r.row === row));
  if (undated.length > 0) {
    notes.push({
      row: undated[0] as number,
      column: ATTENDEE_COLUMN_LABELS_ES.consentAt,
      value: "",
      message: `${undated.length === 1 ? "Una fila autoriza" : `${undated.length} filas autorizan`} sin fecha: se registra como fecha de la autorización el día del taller.`,
    });
  }
  return {
    headerRow: header.row,
    rows: imported,
    issues,
    notes: notes.sort((a, b) => a.row - b.row),
    summary: {
      ok: imported.length,
      withProblems,
      newInstitutions: created.filter((name) => imported.some((r) => r.institutionName === name)),
    },
  };
}

/** The template's first line (and the order the preview lists the columns in). */
export const ATTENDEE_TEMPLATE_HEADERS = [
  "nombre",
  "correo",
  "institución",
  "tipo de institución",
  "rol",
  "consentimiento",
  "fecha del consentimiento",
  "asistió",
  "hora de llegada",
] as const;
