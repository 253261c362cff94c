import { z } from "zod";
import { COMUNAS, CORREGIMIENTOS, geographyName, MUNICIPALITY_CODE } from "./geography";
import { filledRows, findHeaderRowWhere, foldText, isBlankCell } from "./import-sheet";
import {
  checkValueForUnit,
  type TGeographicBreakdown,
  type TPeriodicity,
  type TUnit,
  ZGeographicBreakdown,
  ZPeriodicity,
  ZUnit,
} from "./indicator";
import { parseEsCoNumber } from "./number";
import { OBSERVATION_NOTE_MAX_LENGTH } from "./observation";
import { PERIOD_INPUT_HINTS_ES, parsePeriod } from "./period";

// Bulk import of an indicator's observations from a spreadsheet: the rules, with no I/O.
// packages/api reads the file into rows of cells (ZImportSheet); validateImportRows() turns
// them into observations or row-level errors in Spanish; classifyImportRows() compares them
// with what is stored. Row numbers are the ones the official sees in Excel (header = 1).

/** Data rows per file: far more than any indicator has (21 places × centuries of months). */
export const IMPORT_MAX_ROWS = 100_000;
/** Header rows may sit under a title: the header is looked for in this many first rows. */

export const IMPORT_FIELDS = ["period", "value", "geography", "provisional", "note"] as const;
export type TImportField = (typeof IMPORT_FIELDS)[number];

/** The template's headers, and how a missing column is named in messages. */
export const IMPORT_COLUMN_LABELS_ES: Record<TImportField, string> = {
  period: "periodo",
  value: "valor",
  geography: "comuna",
  provisional: "provisional",
  note: "nota",
};

// Headers as offices write them, in Spanish and English, compared without case, accents,
// punctuation or a parenthesised unit ("Valor (%)"). "Año" and "vigencia" are how annual
// reports name their period column.
const HEADER_ALIASES: Record<TImportField, string[]> = {
  period: [
    "periodo",
    "period",
    "fecha",
    "date",
    "fecha de corte",
    "corte",
    "ano",
    "year",
    "vigencia",
    "mes",
    "month",
    "trimestre",
    "quarter",
    "semestre",
    "semester",
  ],
  value: ["valor", "value", "dato", "cifra", "resultado", "valor del indicador", "medicion"],
  geography: [
    "comuna",
    "lugar",
    "geografia",
    "geography",
    "comuna o corregimiento",
    "comuna corregimiento",
    "corregimiento",
    "territorio",
    "zona",
    "ubicacion",
    "place",
  ],
  provisional: ["provisional", "preliminar", "es provisional", "provisorio", "dato provisional"],
  note: [
    "nota",
    "notas",
    "note",
    "notes",
    "observacion",
    "observaciones",
    "comentario",
    "comentarios",
    "comment",
    "comments",
  ],
};

/** "Año (vigencia)*" → "ano": headers often carry a unit or a note in parentheses. */
function fold(text: string): string {
  return foldText(text, { dropParenthesised: true });
}

const FIELD_OF_HEADER = new Map<string, TImportField>(
  IMPORT_FIELDS.flatMap((field) => HEADER_ALIASES[field].map((alias) => [alias, field] as const)),
);

/** The field a header names, or null for a column the import does not use. */
export function importFieldOfHeader(header: string): TImportField | null {
  return FIELD_OF_HEADER.get(fold(header)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Schemas of what crosses package boundaries.

/** A cell as read from the file: CSV gives text; XLSX also numbers and booleans. */
export const ZImportCell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type TImportCell = z.infer<typeof ZImportCell>;

/** The non-blank rows of the sheet, each with its spreadsheet row number. */
export const ZImportSheet = z.object({
  rows: z.array(z.object({ row: z.number().int().positive(), cells: z.array(ZImportCell) })),
});
export type TImportSheet = z.infer<typeof ZImportSheet>;

/** What validation needs to know about the indicator. */
export const ZImportIndicator = z.object({
  periodicity: ZPeriodicity,
  unit: ZUnit,
  geographicBreakdown: ZGeographicBreakdown,
});
export type TImportIndicator = z.infer<typeof ZImportIndicator>;

/** A problem in one cell (or a whole row), as the official must find it in the file. */
export const ZImportIssue = z.object({
  row: z.number().int().positive().describe("Fila en la hoja de cálculo; el encabezado es 1."),
  column: z.string().describe("El encabezado de la columna tal como está en el archivo."),
  value: z.string().describe("El contenido de la celda."),
  message: z.string().describe("Qué está mal y cómo corregirlo, en español."),
});
export type TImportIssue = z.infer<typeof ZImportIssue>;

/** Which optional columns the file has: a column it lacks leaves stored data as it is. */
export const ZImportColumns = z.object({
  geography: z.boolean(),
  provisional: z.boolean(),
  note: z.boolean(),
});
export type TImportColumns = z.infer<typeof ZImportColumns>;

export const ZImportObservation = z.object({
  row: z.number().int().positive(),
  period: z.string().describe("Periodo canónico: 2024, 2024-S1, 2024-Q1, 2024-03, 2024-12-16."),
  geography: z.string(),
  value: z.number(),
  provisional: z.boolean(),
  note: z.string().nullable(),
});
export type TImportObservation = z.infer<typeof ZImportObservation>;

export type TImportValidation = {
  /** The spreadsheet row holding the headers (1 unless a title sits above it). */
  headerRow: number;
  columns: TImportColumns;
  observations: TImportObservation[];
  errors: TImportIssue[];
  warnings: TImportIssue[];
};

export const IMPORT_STATUSES = ["new", "changed", "unchanged"] as const;
export type TImportStatus = (typeof IMPORT_STATUSES)[number];

export const ZImportPreviewRow = ZImportObservation.extend({
  status: z.enum(IMPORT_STATUSES),
  /** The stored value a "changed" or "unchanged" row replaces. */
  previous: z.number().optional(),
  /** For "changed" rows: what differs from what is stored. */
  changes: z.array(z.enum(["value", "provisional", "note"])).optional(),
});
export type TImportPreviewRow = z.infer<typeof ZImportPreviewRow>;

export const ZImportSummary = z.object({
  rows: z.number().int().describe("Filas válidas."),
  new: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  errors: z
    .number()
    .int()
    .describe("Todos los errores, aunque la lista muestre solo los primeros."),
  warnings: z.number().int(),
});
export type TImportSummary = z.infer<typeof ZImportSummary>;

/** What the official reviews before confirming; nothing has been written yet. */
export const ZImportPreview = z.object({
  indicator: z.object({
    slug: z.string(),
    name: z.string(),
    periodicity: ZPeriodicity,
    unit: ZUnit,
    geographicBreakdown: ZGeographicBreakdown,
  }),
  file: z.object({
    name: z.string(),
    format: z.enum(["csv", "xlsx"]),
    /** CSV only: how the text was decoded and split. */
    encoding: z.enum(["utf-8", "utf-8-bom", "windows-1252", "utf-16"]).optional(),
    delimiter: z.enum([",", ";", "\t"]).optional(),
    sheet: z.string().optional(),
  }),
  columns: ZImportColumns,
  rows: z.array(ZImportPreviewRow),
  errors: z.array(ZImportIssue),
  warnings: z.array(ZImportIssue),
  summary: ZImportSummary,
});
export type TImportPreview = z.infer<typeof ZImportPreview>;

export const ZImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type TImportResult = z.infer<typeof ZImportResult>;

// ---------------------------------------------------------------------------------------------
// Cells.

function cellText(cell: TImportCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "VERDADERO" : "FALSO";
  return String(cell).trim();
}

/** "A", "B", … "Z", "AA": how spreadsheets name columns. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

// A note starting like this would run as a formula when a download of the data is opened in
// a spreadsheet (OWASP "CSV injection"): it is kept as text, behind an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

// Periods, values and places are never evaluated: a cell starting with "=" is an error there
// ("+" and "-" are a number's sign).
function looksLikeFormula(text: string): boolean {
  return text.startsWith("=");
}

const FORMULA_MESSAGE =
  "La celda tiene una fórmula: escriba el resultado, no la fórmula (las fórmulas no se calculan al cargar).";

// ---------------------------------------------------------------------------------------------
// Periods.

const PERIODICITY_ADJECTIVES_ES: Record<TPeriodicity, string> = {
  ANNUAL: "anual",
  SEMIANNUAL: "semestral",
  QUARTERLY: "trimestral",
  MONTHLY: "mensual",
  ONE_OFF: "de única vez",
};

const PERIOD_KIND_ES: Record<TPeriodicity, string> = {
  ANNUAL: "un año",
  SEMIANNUAL: "un semestre",
  QUARTERLY: "un trimestre",
  MONTHLY: "un mes",
  ONE_OFF: "una fecha",
};

// Another periodicity's label is named in the message; semesters before months, since
// "2024-1" is how Colombian offices write the first semester.
const OTHER_LABELS: TPeriodicity[] = ["QUARTERLY", "SEMIANNUAL", "MONTHLY", "ANNUAL"];

const LOOKS_LIKE_DATE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/;
// Excel writes date cells to CSV with their time when the cell shows it: "16/03/2024 0:00".
const TRAILING_TIME = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?\s*m\.?)?$/i;
// Excel turns "03/2024" typed in a General cell into a date shown as "mar-24", and writes that.
const MONTH_TWO_DIGIT_YEAR = /^([a-zA-Záéíóú]{3,10})\.?[-/ ](\d{2})$/;

function projectDate(periodicity: TPeriodicity, isoDate: string): string {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  switch (periodicity) {
    case "ANNUAL":
      return year;
    case "SEMIANNUAL":
      return `${year}-S${month <= 6 ? 1 : 2}`;
    case "QUARTERLY":
      return `${year}-Q${Math.ceil(month / 3)}`;
    case "MONTHLY":
      return isoDate.slice(0, 7);
    case "ONE_OFF":
      return isoDate;
  }
}

export type TImportPeriodResult = { ok: true; period: string } | { ok: false; message: string };

/**
 * A period cell for an indicator of `periodicity`. A date (16/03/2024, 2024-03-16, a date
 * cell) is a day, and a day lies in exactly one period of any periodicity, so it maps to
 * 2024-03, 2024-Q1, 2024-S1 or 2024. A label (2024-03, 2024-T1, 2024-S1, 2024) names a period
 * of one periodicity and must be the indicator's: "2024-Q1" for an annual indicator is refused
 * rather than guessed.
 */
export function parseImportPeriod(periodicity: TPeriodicity, input: string): TImportPeriodResult {
  const text = input.trim();
  const hint = PERIOD_INPUT_HINTS_ES[periodicity];
  const useFormat = `use el formato ${hint.format}, por ejemplo ${hint.example}`;
  if (text === "") return { ok: false, message: `Falta el periodo: ${useFormat}.` };
  if (looksLikeFormula(text)) return { ok: false, message: FORMULA_MESSAGE };

  const withoutTime = text.replace(TRAILING_TIME, "");
  const date = parsePeriod("ONE_OFF", withoutTime);
  if (date.ok) return { ok: true, period: projectDate(periodicity, date.period) };
  if (LOOKS_LIKE_DATE.test(withoutTime)) return date; // "31/02/2024": the date does not exist

  const monthYear = MONTH_TWO_DIGIT_YEAR.exec(text);
  const label = monthYear ? `${monthYear[1]} 20${monthYear[2]}` : text;
  const own = parsePeriod(periodicity, label);
  if (own.ok) return own;

  for (const other of OTHER_LABELS) {
    if (other !== periodicity && parsePeriod(other, label).ok) {
      return {
        ok: false,
        message: `«${text}» es ${PERIOD_KIND_ES[other]} y no corresponde a la periodicidad ${PERIODICITY_ADJECTIVES_ES[periodicity]} del indicador: ${useFormat}, o escriba una fecha (dd/mm/aaaa).`,
      };
    }
  }
  return own;
}

// ---------------------------------------------------------------------------------------------
// Places.

const COMUNA_BY_NAME = new Map(
  COMUNAS.map((comuna) => [fold(comuna.name.split("–")[1] ?? ""), comuna.code] as const),
);
const MUNICIPAL_WORDS = new Set([
  "bucaramanga",
  "bucaramanga total municipal",
  "total",
  "total municipal",
  "total bucaramanga",
  "municipio",
  "municipal",
  "municipio de bucaramanga",
]);

const UNKNOWN_PLACE_MESSAGE =
  "no es una comuna ni un corregimiento de Bucaramanga: escriba el número o el nombre de la comuna (1 a 17, por ejemplo «Comuna 5» o «García Rovira»), «Corregimiento 1» a «Corregimiento 3», o «Bucaramanga» (o deje la celda vacía) para el total municipal.";

export type TImportGeographyResult = { ok: true; code: string } | { ok: false; message: string };

/**
 * A place as offices write it: a code ("comuna-05"), "Comuna 5", "5", "C5",
 * "Comuna 5 – García Rovira", "García Rovira", "Corregimiento 2", "Bucaramanga", "Total".
 * Blank is the whole municipality.
 */
export function parseImportGeography(input: string): TImportGeographyResult {
  const text = input.trim();
  if (text === "") return { ok: true, code: MUNICIPALITY_CODE };
  if (looksLikeFormula(text)) return { ok: false, message: FORMULA_MESSAGE };
  const unknown = { ok: false, message: `«${text}» ${UNKNOWN_PLACE_MESSAGE}` } as const;
  const folded = fold(text);
  if (MUNICIPAL_WORDS.has(folded)) return { ok: true, code: MUNICIPALITY_CODE };

  const comuna = /^(?:comuna|com|c)?\s*(\d{1,2})(?:\s+(.+))?$/.exec(folded);
  if (comuna) {
    const code = COMUNAS[Number(comuna[1]) - 1]?.code;
    const named = comuna[2];
    // "Comuna 5 – Norte" names two different comunas: refuse rather than pick one.
    if (!code || (named !== undefined && COMUNA_BY_NAME.get(named) !== code)) return unknown;
    return { ok: true, code };
  }
  const corregimiento = /^(?:corregimiento|correg|corr)\s*(\d)$/.exec(folded);
  if (corregimiento) {
    const code = CORREGIMIENTOS[Number(corregimiento[1]) - 1]?.code;
    return code ? { ok: true, code } : unknown;
  }
  const byName = COMUNA_BY_NAME.get(folded);
  return byName ? { ok: true, code: byName } : unknown;
}

// ---------------------------------------------------------------------------------------------
// Values, flags and notes.

// Excel writes a cell formatted as percentage or currency to CSV as it shows it.
function stripUnitSymbol(unit: TUnit, text: string): string {
  if (unit === "PERCENTAGE") return text.replace(/\s*%$/, "");
  if (unit === "CURRENCY_COP") return text.replace(/^(?:\$|COP)\s*/i, "").replace(/\s*COP$/i, "");
  return text;
}

export type TImportValueResult = { ok: true; value: number } | { ok: false; message: string };

/** A value cell: a number from XLSX, or text in es-CO or plain form ("1.234,5", "1234.5"). */
export function parseImportValue(unit: TUnit, cell: TImportCell): TImportValueResult {
  let value: number | null;
  if (typeof cell === "number") {
    value = cell;
  } else {
    const text = cellText(cell);
    if (text === "") return { ok: false, message: "Falta el valor." };
    if (looksLikeFormula(text)) return { ok: false, message: FORMULA_MESSAGE };
    value = typeof cell === "string" ? parseEsCoNumber(stripUnitSymbol(unit, text)) : null;
    if (value === null) {
      return {
        ok: false,
        message: `«${text}» no es un número: escriba solo cifras, con coma o punto decimal, por ejemplo 1.234,5 o 1234.5.`,
      };
    }
  }
  const problem = checkValueForUnit(unit, value);
  return problem ? { ok: false, message: problem } : { ok: true, value };
}

const YES = new Set([
  "si",
  "s",
  "yes",
  "y",
  "x",
  "true",
  "verdadero",
  "v",
  "1",
  "provisional",
  "preliminar",
]);
const NO = new Set(["no", "n", "false", "falso", "f", "0", "definitivo"]);

export function parseImportProvisional(
  cell: TImportCell,
): { ok: true; provisional: boolean } | { ok: false; message: string } {
  if (typeof cell === "boolean") return { ok: true, provisional: cell };
  const folded = fold(cellText(cell));
  if (folded === "" || NO.has(folded)) return { ok: true, provisional: false };
  if (YES.has(folded)) return { ok: true, provisional: true };
  return {
    ok: false,
    message: `«${cellText(cell)}» no dice si el valor es provisional: escriba «sí» o «no», o deje la celda vacía (no).`,
  };
}

/** Marks the template's example row, so a forgotten one is caught instead of imported. */
export const TEMPLATE_EXAMPLE_NOTE = "Fila de ejemplo: reemplácela con sus datos.";

// ---------------------------------------------------------------------------------------------
// The sheet.

type THeader = {
  row: number;
  /** Column index per field found. */
  index: Partial<Record<TImportField, number>>;
  /** Header text per column, as written. */
  names: string[];
  /** Columns up to the last one with a header: data beyond it has nowhere to go. */
  width: number;
};

/** The fields a row of headers names. */
export function importFieldsIn(cells: TImportCell[]): Set<TImportField> {
  return new Set(
    cells.map((cell) => importFieldOfHeader(cellText(cell))).filter((f) => f !== null),
  );
}

/**
 * The position of the header row among `rows`: the first of the first rows naming both the
 * period and the value (a title may sit above it), or null when none does.
 */
export function findHeaderRow(rows: { cells: TImportCell[] }[]): number | null {
  return findHeaderRowWhere(rows, (cells) => {
    const fields = importFieldsIn(cells);
    return fields.has("period") && fields.has("value");
  });
}

function readHeader(
  row: number,
  cells: TImportCell[],
  errors: TImportIssue[],
  warnings: TImportIssue[],
): THeader {
  const names = cells.map(cellText);
  const index: THeader["index"] = {};
  names.forEach((name, i) => {
    if (name === "") return;
    const field = importFieldOfHeader(name);
    if (field === null) {
      warnings.push({
        row,
        column: name,
        value: name,
        message: `La columna «${name}» (${columnLetter(i)}) no se usa en la carga y se ignora.`,
      });
      return;
    }
    const first = index[field];
    if (first !== undefined) {
      errors.push({
        row,
        column: name,
        value: name,
        message: `Las columnas ${columnLetter(first)} («${names[first]}») y ${columnLetter(i)} («${name}») traen ambas el ${IMPORT_COLUMN_LABELS_ES[field]}: deje solo una.`,
      });
      return;
    }
    index[field] = i;
  });
  for (const field of ["period", "value"] as const) {
    if (index[field] === undefined) {
      errors.push({
        row,
        column: IMPORT_COLUMN_LABELS_ES[field],
        value: "",
        message: `Falta la columna «${IMPORT_COLUMN_LABELS_ES[field]}» en la fila de encabezados (fila ${row}). Descargue la plantilla del indicador para ver las columnas.`,
      });
    }
  }
  let width = names.length;
  while (width > 0 && names[width - 1] === "") width -= 1;
  return { row, index, names, width };
}

/** The cells that do not fit the header, as an issue, or null when the row fits. */
function raggedIssue(header: THeader, row: number, cells: TImportCell[]): TImportIssue | null {
  const hint =
    "Revise que el separador sea el mismo en todo el archivo y que los decimales con coma o los textos con «;» estén entre comillas.";
  const extra = cells.findIndex((cell, i) => i >= header.width && !isBlankCell(cell));
  if (extra >= 0) {
    const filled = cells.filter((cell, i) => i < header.width || !isBlankCell(cell)).length;
    return {
      row,
      column: columnLetter(extra),
      value: cellText(cells[extra]),
      message: `La fila tiene ${filled} celdas con datos y el encabezado solo ${header.width} columnas. ${hint}`,
    };
  }
  if (cells.length < header.width) {
    return {
      row,
      column: header.names[cells.length] ?? columnLetter(cells.length),
      value: "",
      message: `La fila tiene ${cells.length} celdas y el encabezado ${header.width} columnas. ${hint}`,
    };
  }
  return null;
}

/** Checks every row of the sheet against the indicator; never throws for bad content. */
export function validateImportRows(
  indicator: TImportIndicator,
  sheet: TImportSheet,
): TImportValidation {
  const errors: TImportIssue[] = [];
  const warnings: TImportIssue[] = [];
  const rows = filledRows(sheet.rows);
  // Without a recognisable header, the first row is taken and its missing columns reported.
  const headerAt = findHeaderRow(rows) ?? 0;
  const headerRow = rows[headerAt];
  if (!headerRow) {
    return {
      headerRow: 1,
      columns: { geography: false, provisional: false, note: false },
      observations: [],
      errors: [
        {
          row: 1,
          column: IMPORT_COLUMN_LABELS_ES.period,
          value: "",
          message: "El archivo no tiene datos: use la plantilla del indicador.",
        },
      ],
      warnings,
    };
  }
  const header = readHeader(headerRow.row, headerRow.cells, errors, warnings);
  const columns: TImportColumns = {
    geography: header.index.geography !== undefined,
    provisional: header.index.provisional !== undefined,
    note: header.index.note !== undefined,
  };
  const observations: TImportObservation[] = [];
  if (errors.length > 0) return { headerRow: header.row, columns, observations, errors, warnings };

  const dataRows = rows.slice(headerAt + 1);
  if (dataRows.length > IMPORT_MAX_ROWS) {
    const first = dataRows[IMPORT_MAX_ROWS];
    errors.push({
      row: first?.row ?? header.row,
      column: "",
      value: "",
      message: `El archivo tiene ${dataRows.length} filas de datos y el máximo es ${IMPORT_MAX_ROWS}: divídalo en varios archivos.`,
    });
    return { headerRow: header.row, columns, observations, errors, warnings };
  }
  if (dataRows.length === 0) {
    errors.push({
      row: header.row,
      column: "",
      value: "",
      message: "El archivo no tiene filas de datos debajo de los encabezados.",
    });
  }

  const seen = new Map<string, number>();
  for (const { row, cells } of dataRows) {
    const ragged = raggedIssue(header, row, cells);
    if (ragged) {
      errors.push(ragged);
      continue;
    }
    const rowErrors: TImportIssue[] = [];
    const cellOf = (field: TImportField): TImportCell => {
      const i = header.index[field];
      return i === undefined ? null : (cells[i] ?? null);
    };
    const fail = (field: TImportField, message: string) => {
      const i = header.index[field] ?? 0;
      rowErrors.push({ row, column: header.names[i] ?? "", value: cellText(cells[i]), message });
    };

    const period = parseImportPeriod(indicator.periodicity, periodText(cellOf("period")));
    if (!period.ok) fail("period", period.message);

    const value = parseImportValue(indicator.unit, cellOf("value"));
    if (!value.ok) fail("value", value.message);

    const geography = parseImportGeography(cellText(cellOf("geography")));
    if (!geography.ok) {
      fail("geography", geography.message);
    } else if (
      indicator.geographicBreakdown === "MUNICIPALITY" &&
      geography.code !== MUNICIPALITY_CODE
    ) {
      fail("geography", "Este indicador solo tiene valores para el total municipal.");
    }

    const provisional = parseImportProvisional(cellOf("provisional"));
    if (!provisional.ok) fail("provisional", provisional.message);

    let note: string | null = cellText(cellOf("note")) || null;
    if (note === TEMPLATE_EXAMPLE_NOTE) {
      fail("note", "Es la fila de ejemplo de la plantilla: bórrela o reemplácela con sus datos.");
    } else if (note !== null && note.length > OBSERVATION_NOTE_MAX_LENGTH) {
      fail("note", `La nota no puede tener más de ${OBSERVATION_NOTE_MAX_LENGTH} caracteres.`);
    } else if (note !== null && FORMULA_START.test(note)) {
      // Kept as text, with the apostrophe spreadsheets use to mean "text, not a formula", so
      // the note can never run when a download of the data is opened.
      warnings.push({
        row,
        column: header.names[header.index.note ?? 0] ?? "",
        value: note,
        message: `La nota empieza por «${note[0]}» y una hoja de cálculo la tomaría por fórmula: se guarda como texto, con un apóstrofo delante.`,
      });
      note = `'${note}`;
    }

    if (rowErrors.length > 0 || !period.ok || !value.ok || !geography.ok || !provisional.ok) {
      errors.push(...rowErrors);
      continue;
    }
    const key = `${period.period}|${geography.code}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(
        "period",
        `Fila repetida: el periodo ${period.period} de ${geographyName(geography.code)} ya está en la fila ${earlier}. Deje una sola fila por periodo${columns.geography ? " y lugar" : ""}.`,
      );
      errors.push(...rowErrors);
      continue;
    }
    seen.set(key, row);
    observations.push({
      row,
      period: period.period,
      geography: geography.code,
      value: value.value,
      provisional: provisional.provisional,
      note,
    });
  }

  const percentWarning = excelPercentWarning(indicator.unit, header, observations);
  if (percentWarning) warnings.push(percentWarning);
  return { headerRow: header.row, columns, observations, errors, warnings };
}

// XLSX year cells are numbers (2024); anything else is read as text.
function periodText(cell: TImportCell): string {
  return typeof cell === "number" && Number.isInteger(cell) ? String(cell) : cellText(cell);
}

// An Excel cell formatted as percentage holds 0.453 for "45,3 %": read as is, every value
// would be a hundred times too small. Only a warning, since small percentages exist.
function excelPercentWarning(
  unit: TUnit,
  header: THeader,
  observations: TImportObservation[],
): TImportIssue | null {
  if (unit !== "PERCENTAGE" || observations.length === 0) return null;
  const all = observations.map((o) => o.value);
  if (!all.every((v) => v <= 1) || !all.some((v) => v > 0 && !Number.isInteger(v))) return null;
  const column = header.names[header.index.value ?? 0] ?? IMPORT_COLUMN_LABELS_ES.value;
  return {
    row: header.row,
    column,
    value: column,
    message:
      "Todos los valores están entre 0 y 1. Si la hoja usa el formato de porcentaje de Excel, 45 % se lee como 0,45: escriba los porcentajes como números de 0 a 100.",
  };
}

// ---------------------------------------------------------------------------------------------
// Comparison with what is stored.

export type TStoredObservation = {
  period: string;
  geography: string;
  value: number;
  provisional: boolean;
  note: string | null;
};

// Values are stored as Decimal(20, 6): compare what the database will hold.
function stored(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Each valid row as new, changed or unchanged against `existing`. A column missing from the
 * file leaves that field as stored, so it never makes a row "changed".
 */
export function classifyImportRows(
  observations: TImportObservation[],
  existing: TStoredObservation[],
  columns: TImportColumns,
): TImportPreviewRow[] {
  const byKey = new Map(existing.map((o) => [`${o.period}|${o.geography}`, o]));
  return observations.map((o) => {
    const before = byKey.get(`${o.period}|${o.geography}`);
    if (!before) return { ...o, status: "new" as const };
    const merged = {
      ...o,
      provisional: columns.provisional ? o.provisional : before.provisional,
      note: columns.note ? o.note : before.note,
    };
    const changes: ("value" | "provisional" | "note")[] = [];
    if (stored(o.value) !== stored(before.value)) changes.push("value");
    if (merged.provisional !== before.provisional) changes.push("provisional");
    if (merged.note !== before.note) changes.push("note");
    return changes.length > 0
      ? { ...merged, status: "changed" as const, previous: before.value, changes }
      : { ...merged, status: "unchanged" as const, previous: before.value };
  });
}

export function summarizeImport(
  rows: TImportPreviewRow[],
  errors: number,
  warnings: number,
): TImportSummary {
  const count = (status: TImportStatus) => rows.filter((r) => r.status === status).length;
  return {
    rows: rows.length,
    new: count("new"),
    changed: count("changed"),
    unchanged: count("unchanged"),
    errors,
    warnings,
  };
}

/** For the template and hints: the headers in the order the template writes them. */
export function importTemplateColumns(breakdown: TGeographicBreakdown): TImportField[] {
  return breakdown === "COMUNAS"
    ? ["period", "value", "geography", "provisional", "note"]
    : ["period", "value", "provisional", "note"];
}
