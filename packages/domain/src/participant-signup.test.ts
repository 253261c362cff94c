import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_MESSAGE, EMAIL_PASSWORD_MESSAGE } from "./auth";
import {
  CHOOSE_INSTITUTION_MESSAGE,
  CONSENT_REQUIRED_MESSAGE,
  DATA_CONSENT_TEXT,
  DATA_CONSENT_VERSION,
  findInstitutionByName,
  INSTITUTION_TYPE_MESSAGE,
  STALE_CONSENT_MESSAGE,
  ZParticipantSignupInput,
} from "./participant-signup";
import { configureSpanishErrors } from "./zod-es";

configureSpanishErrors();

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join("."), i.message]);

const VALID = {
  name: "  Laura Gómez ",
  email: " Laura.Gomez@UIS.edu.co ",
  password: "cafe con pan de bono 7",
  institution: { kind: "existing", id: "inst-1" },
  consent: true,
  consentVersion: DATA_CONSENT_VERSION,
};

describe("ZParticipantSignupInput", () => {
  it("trims the name and normalises the email; the password is kept as typed", () => {
    expect(ZParticipantSignupInput.parse(VALID)).toEqual({
      ...VALID,
      name: "Laura Gómez",
      email: "laura.gomez@uis.edu.co",
    });
  });

  it("accepts a new institution with its name and type", () => {
    const parsed = ZParticipantSignupInput.parse({
      ...VALID,
      institution: { kind: "new", name: " Fundación Cerros ", type: "SOCIEDAD_CIVIL" },
    });
    expect(parsed.institution).toEqual({
      kind: "new",
      name: "Fundación Cerros",
      type: "SOCIEDAD_CIVIL",
    });
  });

  it("explains every missing field in Spanish", () => {
    expect(messages(ZParticipantSignupInput.safeParse({}))).toEqual([
      ["name", "Escriba su nombre."],
      ["email", "Escriba un correo electrónico válido."],
      ["password", "Escriba una contraseña."],
      ["institution", CHOOSE_INSTITUTION_MESSAGE],
      ["consent", CONSENT_REQUIRED_MESSAGE],
      ["consentVersion", STALE_CONSENT_MESSAGE],
    ]);
  });

  it("asks for an institution from the list, or a new one's name and type", () => {
    const institution = (value: unknown) =>
      messages(ZParticipantSignupInput.safeParse({ ...VALID, institution: value }));
    expect(institution({ kind: "existing", id: " " })).toEqual([
      ["institution.id", CHOOSE_INSTITUTION_MESSAGE],
    ]);
    expect(institution({ kind: "new", name: "", type: "" })).toEqual([
      ["institution.name", "Escriba el nombre de su institución."],
      ["institution.type", INSTITUTION_TYPE_MESSAGE],
    ]);
    expect(institution({ kind: "new", name: "x".repeat(201), type: "EMPRESA" })).toEqual([
      ["institution.name", "El nombre no puede tener más de 200 caracteres."],
    ]);
  });

  it("refuses the account without consent, or with a text the form no longer shows", () => {
    expect(messages(ZParticipantSignupInput.safeParse({ ...VALID, consent: false }))).toEqual([
      ["consent", CONSENT_REQUIRED_MESSAGE],
    ]);
    expect(messages(ZParticipantSignupInput.safeParse({ ...VALID, consent: "true" }))).toEqual([
      ["consent", CONSENT_REQUIRED_MESSAGE],
    ]);
    expect(messages(ZParticipantSignupInput.safeParse({ ...VALID, consentVersion: "0" }))).toEqual([
      ["consentVersion", STALE_CONSENT_MESSAGE],
    ]);
  });

  it("applies the platform's password policy", () => {
    const password = (value: string, email = VALID.email) =>
      messages(ZParticipantSignupInput.safeParse({ ...VALID, email, password: value }));
    expect(password("corta")).toEqual([
      ["password", "La contraseña debe tener al menos 10 caracteres."],
    ]);
    expect(password("Colombia123")).toEqual([["password", COMMON_PASSWORD_MESSAGE]]);
    expect(password("laura.gomez2024!")).toEqual([["password", EMAIL_PASSWORD_MESSAGE]]);
    expect(password("           ")).toEqual([
      ["password", "La contraseña no puede ser solo espacios."],
    ]);
  });
});

describe("the consent text", () => {
  it("cites the law, states the purpose, what is public, the rights and whom to contact", () => {
    expect(DATA_CONSENT_TEXT).toContain("Ley 1581 de 2012");
    expect(DATA_CONSENT_TEXT).toContain("registrar mi participación en los talleres");
    expect(DATA_CONSENT_TEXT).toContain("Lo único que se publica es el nombre de mi institución");
    for (const right of ["conocerlos", "actualizarlos", "rectificarlos", "se supriman"]) {
      expect(DATA_CONSENT_TEXT).toContain(right);
    }
    expect(DATA_CONSENT_TEXT).toContain("Laboratorio de Innovación Pública");
    expect(DATA_CONSENT_TEXT).toContain("contactenos@bucaramanga.gov.co");
    expect(DATA_CONSENT_TEXT).toMatch(new RegExp(`Versión ${DATA_CONSENT_VERSION} del .+\\.$`));
  });
});

describe("findInstitutionByName", () => {
  const list = [
    { id: "uis", name: "Universidad Industrial de Santander (UIS)" },
    { id: "alcaldia", name: "Alcaldía de Bucaramanga" },
  ];

  it("finds the same name whatever its case, accents, punctuation or spacing", () => {
    expect(findInstitutionByName(list, "alcaldia de  BUCARAMANGA")?.id).toBe("alcaldia");
    expect(findInstitutionByName(list, "Universidad Industrial de Santander UIS")?.id).toBe("uis");
  });

  it("finds nothing for another name or an empty one", () => {
    expect(findInstitutionByName(list, "Universidad Industrial")).toBeNull();
    expect(findInstitutionByName(list, "  ")).toBeNull();
    expect(findInstitutionByName(list, "¿?")).toBeNull();
  });
});
