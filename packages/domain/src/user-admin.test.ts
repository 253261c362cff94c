import { describe, expect, it } from "vitest";
import {
  accountSummaryEs,
  ONLY_EDITORS_HAVE_OFFICES_MESSAGE,
  ZCreateOfficeInput,
  ZCreateUserInput,
  ZUpdateUserInput,
} from "./user-admin";
import { configureSpanishErrors } from "./zod-es";

configureSpanishErrors();

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join("."), i.message]);

describe("ZCreateUserInput", () => {
  it("trims the name, normalises the email and drops repeated offices", () => {
    expect(
      ZCreateUserInput.parse({
        name: "  Ana Pérez ",
        email: " Ana@Bucaramanga.GOV.co ",
        role: "EDITOR",
        officeIds: ["a", "b", "a"],
      }),
    ).toEqual({
      name: "Ana Pérez",
      email: "ana@bucaramanga.gov.co",
      role: "EDITOR",
      officeIds: ["a", "b"],
    });
  });

  it("gives no offices by default and refuses them for roles other than EDITOR", () => {
    const base = { name: "Luis", email: "luis@x.co" };
    expect(ZCreateUserInput.parse({ ...base, role: "PUBLISHER" }).officeIds).toEqual([]);
    for (const role of ["ADMIN", "PUBLISHER", "PARTICIPANT"]) {
      expect(messages(ZCreateUserInput.safeParse({ ...base, role, officeIds: ["a"] }))).toEqual([
        ["officeIds", ONLY_EDITORS_HAVE_OFFICES_MESSAGE],
      ]);
    }
  });

  it("explains every bad field in Spanish", () => {
    expect(messages(ZCreateUserInput.safeParse({ name: "", email: "x", role: "ROOT" }))).toEqual([
      ["name", "Escriba el nombre de la persona."],
      ["email", "Escriba un correo electrónico válido."],
      ["role", "Elija un rol válido."],
    ]);
    expect(messages(ZUpdateUserInput.safeParse({ role: "EDITOR" }))).toEqual([
      ["userId", "Falta el identificador."],
    ]);
  });
});

describe("ZCreateOfficeInput", () => {
  it("trims the name and asks for one with letters or digits", () => {
    expect(ZCreateOfficeInput.parse({ name: " Oficina TIC " })).toEqual({ name: "Oficina TIC" });
    expect(messages(ZCreateOfficeInput.safeParse({ name: "  " }))).toEqual([
      ["name", "Escriba el nombre de la dependencia."],
    ]);
    expect(messages(ZCreateOfficeInput.safeParse({ name: "—·—" }))).toEqual([
      ["name", "El nombre debe tener letras o números."],
    ]);
  });
});

describe("accountSummaryEs", () => {
  it("says who the account is, its role and its offices in one line", () => {
    expect(
      accountSummaryEs({ email: "ana@x.co", role: "EDITOR", offices: ["Oficina TIC", "Jurídica"] }),
    ).toBe("ana@x.co · Editor (funcionario) · Oficina TIC · Jurídica");
    expect(accountSummaryEs({ email: "luis@x.co", role: "ADMIN", offices: [] })).toBe(
      "luis@x.co · Administrador",
    );
  });
});
