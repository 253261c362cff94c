import { describe, expect, it } from "vitest";
import type { TImportSheet } from "./observation-import";
import {
  attendeeFieldOfHeader,
  parseRegisterDateTime,
  type TAttendeeImportContext,
  validateAttendeeRows,
} from "./workshop-attendee-import";

// The attendance register's import rules on sheets as the reader gives them (row numbers as
// Excel shows them); the bytes (encodings, separators, XLSX) are the reader's, tested with it.

const sheet = (...rows: (string | number | boolean | null)[][]): TImportSheet => ({
  rows: rows.map((cells, i) => ({ row: i + 1, cells })),
});

const CONTEXT: TAttendeeImportContext = {
  institutions: [
    { id: "uis", name: "Universidad Industrial de Santander (UIS)" },
    { id: "tic", name: "Oficina TIC" },
  ],
  existing: new Map([
    ["ya@example.org", { personName: "Ya Inscrita", institution: "Oficina TIC" }],
  ]),
  workshopDay: "2024-12-16",
  defaultAttended: true,
};

describe("headers", () => {
  it("are recognised as registers write them", () => {
    expect(attendeeFieldOfHeader("Nombres y apellidos")).toBe("name");
    expect(attendeeFieldOfHeader("Correo electrónico")).toBe("email");
    expect(attendeeFieldOfHeader("ENTIDAD")).toBe("institution");
    expect(attendeeFieldOfHeader("Observaciones")).toBeNull();
    expect(attendeeFieldOfHeader("¿Autoriza el tratamiento de datos?")).toBe("consent");
  });
});

describe("dates and times of a register", () => {
  it("read days, days with times, and times on the workshop's day, in Bogotá", () => {
    const iso = (text: string) => {
      const d = parseRegisterDateTime(text, "2024-12-16");
      return d === "invalid" ? d : d.toISOString();
    };
    expect(iso("16/12/2024")).toBe("2024-12-16T05:00:00.000Z");
    expect(iso("16/12/2024 8:30 a. m.")).toBe("2024-12-16T13:30:00.000Z");
    expect(iso("2024-12-16 14:05")).toBe("2024-12-16T19:05:00.000Z");
    expect(iso("2:05 p.m.")).toBe("2024-12-16T19:05:00.000Z");
    expect(iso("31/02/2024")).toBe("invalid");
    expect(iso("25:00")).toBe("invalid");
  });
});

describe("rows", () => {
  it("become attendees, matched to institutions by name or acronym", () => {
    const result = validateAttendeeRows(
      sheet(
        ["Registro del taller", null],
        [
          "Nombre",
          "Correo",
          "Institución",
          "Rol",
          "Consentimiento",
          "Fecha del consentimiento",
          "Asistió",
        ],
        ["Ana Pérez", "Ana@UIS.edu.co", "uis", "Docente", "Sí", "16/12/2024 8:05", ""],
        ["Luis Gómez", "", "oficina tic", "", "no", "", "no"],
        ["Sin institución", "sin@example.org", "", "", true, "", true],
      ),
      CONTEXT,
    );
    expect(result.headerRow).toBe(2);
    expect(result.issues).toEqual([]);
    expect(
      result.rows.map((r) => [
        r.row,
        r.personName,
        r.email,
        r.institutionId,
        r.attended,
        r.consentAt?.toISOString() ?? null,
      ]),
    ).toEqual([
      [3, "Ana Pérez", "ana@uis.edu.co", "uis", true, "2024-12-16T13:05:00.000Z"],
      [4, "Luis Gómez", null, "tic", false, null],
      [5, "Sin institución", "sin@example.org", null, true, "2024-12-16T05:00:00.000Z"],
    ]);
    // Said, not refused: no consent, and a consent dated the day of the workshop.
    expect(result.notes.map((n) => [n.row, n.column])).toEqual([
      [4, "consentimiento"],
      [5, "fecha del consentimiento"],
    ]);
  });

  it("with problems are reported by row and column, and left out", () => {
    const result = validateAttendeeRows(
      sheet(
        ["nombre", "correo", "institución", "tipo de institución", "consentimiento"],
        ["", "a@example.org", "", "", ""],
        ["Bea", "b@example.org", "", "", "quizás"],
        ["Bea otra vez", "B@example.org", "", "", ""],
        ["Ya", "ya@example.org", "", "", ""],
        ['=HYPERLINK("x")', "c@example.org", "", "", ""],
        ["Desconocida", "d@example.org", "Fundación Sin Registro", "", ""],
        ["Tipo malo", "e@example.org", "Fundación X", "gremio", ""],
        ["Nueva", "f@example.org", "Fundación Nueva", "Sociedad civil", "no"],
        ["Columna extra", "g@example.org", "", "", "", "sobra"],
      ),
      CONTEXT,
    );
    expect(result.issues.map((i) => [i.row, i.column, i.message.slice(0, 40)])).toEqual([
      [2, "nombre", "Falta el nombre de la persona."],
      [3, "consentimiento", "«quizás» no dice si la persona autorizó "],
      [5, "correo", "El correo ya@example.org ya está en el r"],
      [6, "nombre", "La celda empieza como una fórmula (=, +,"],
      [7, "institución", "La institución «Fundación Sin Registro» "],
      [8, "tipo de institución", "«gremio» no es un tipo de institución: u"],
      [10, "F", "La fila tiene datos en la columna F, que"],
    ]);
    // Row 4 repeats row 3's email, but row 3 was refused: row 4 is the first good one.
    expect(result.rows.map((r) => r.row)).toEqual([4, 9]);
    expect(result.rows[1]).toMatchObject({
      institutionId: null,
      institutionName: "Fundación Nueva",
      newInstitutionType: "SOCIEDAD_CIVIL",
    });
    expect(result.summary).toEqual({
      ok: 2,
      withProblems: 7,
      newInstitutions: ["Fundación Nueva"],
    });
  });

  it("refuse a repeated email within the file, naming the first row", () => {
    const result = validateAttendeeRows(
      sheet(["nombre", "correo"], ["Ana", "ana@example.org"], ["Ana bis", "ANA@example.org"]),
      CONTEXT,
    );
    expect(result.issues).toEqual([
      expect.objectContaining({
        row: 3,
        column: "correo",
        message: expect.stringContaining("fila 2"),
      }),
    ]);
  });

  it("need a header with the name column", () => {
    const result = validateAttendeeRows(sheet(["correo"], ["ana@example.org"]), CONTEXT);
    expect(result.rows).toEqual([]);
    expect(result.issues[0]?.message).toContain("No encontramos la columna «nombre»");
  });
});
