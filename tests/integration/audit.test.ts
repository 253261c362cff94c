import { handleAuditCsv } from "@lab/api/rest/audit-handler";
import { appRouter, createCaller } from "@lab/api/root";
import type { TSessionUser } from "@lab/api/trpc";
import { seed } from "@lab/db/seed";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createEditor, createSessionUser } from "./support/users";

// The read-only audit trail: what recording leaves behind, its filters, who may read it, and
// the CSV export.

const SLUG = "proyectos-innovacion-publica"; // Secretaría de Planeación
const OTHER_SLUG = "conjuntos-datos-abiertos";

let db: TTestDatabase;
let admin: TSessionUser;
let editor: TSessionUser;
let otherEditor: TSessionUser;

const as = (session: TSessionUser) => createCaller({ session, prisma: db.prisma });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  admin = await createSessionUser(db.prisma, "ADMIN");
  editor = await createEditor(db.prisma, ["Secretaría de Planeación"]);
  otherEditor = await createEditor(db.prisma, ["Secretaría Jurídica"]);
  // A value, its correction by another person (from the version the workspace shows), and a
  // value on another indicator. All drafts: recording is audited before anything is published.
  await as(editor).indicators.recordObservation({ indicatorSlug: SLUG, period: "2031", value: 5 });
  const { rows } = await as(admin).indicators.workspace({ slug: SLUG });
  await as(admin).indicators.recordObservation({
    indicatorSlug: SLUG,
    period: "2031",
    value: 7,
    version: rows.find((r) => r.period === "2031")?.version ?? null,
  });
  await as(admin).indicators.recordObservation({
    indicatorSlug: OTHER_SLUG,
    period: "2031",
    value: 99,
  });
});

afterAll(async () => {
  await db?.drop();
});

describe("audit.forIndicator", () => {
  it("shows who did what, newest first, with before → after", async () => {
    const { entries, nextCursor } = await as(editor).audit.forIndicator({ slug: SLUG });
    expect(nextCursor).toBeNull();
    expect(entries.map((e) => [e.actorEmail, e.actionLabel, e.period, e.before, e.after])).toEqual([
      [admin.email, "Corrigió un valor (borrador)", "2031", "5", "7"],
      [editor.email, "Registró un valor (borrador)", "2031", null, "5"],
    ]);
    expect(entries[0]).toMatchObject({
      actorName: admin.name,
      indicator: SLUG,
      geography: "Bucaramanga (total municipal)",
      source: "app",
    });
  });

  it("refuses an EDITOR of another office", async () => {
    expect(await codeOf(as(otherEditor).audit.forIndicator({ slug: SLUG }))).toBe("FORBIDDEN");
  });
});

describe("audit.list", () => {
  it("filters by indicator, person, action and dates, and pages with a cursor", async () => {
    const caller = as(admin);
    const bySlug = await caller.audit.list({ indicatorSlug: OTHER_SLUG });
    expect(bySlug.entries.map((e) => e.after)).toEqual(["99"]);
    const byPerson = await caller.audit.list({ actorEmail: editor.email.toUpperCase() });
    expect(byPerson.entries.map((e) => e.action)).toEqual(["observation.create"]);
    const byAction = await caller.audit.list({ action: "observation.update" });
    expect(byAction.entries.map((e) => e.after)).toEqual(["7"]);
    expect((await caller.audit.list({ to: "2000-01-01" })).entries).toEqual([]);
    const today = new Date().toLocaleDateString("en-CA", { timeZone: "America/Bogota" });
    expect((await caller.audit.list({ from: today, to: today })).entries).toHaveLength(3);

    const first = await caller.audit.list({ limit: 2 });
    expect(first.entries).toHaveLength(2);
    const rest = await caller.audit.list({ limit: 2, cursor: first.nextCursor ?? "" });
    expect(rest.entries.map((e) => e.after)).toEqual(["5"]);
    expect(rest.nextCursor).toBeNull();
  });

  it("is for ADMIN only", async () => {
    expect(await codeOf(as(editor).audit.list({}))).toBe("FORBIDDEN");
  });

  it("offers no way to change entries: only two queries", () => {
    const audit = Object.entries(
      appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
    )
      .filter(([path]) => path.startsWith("audit."))
      .map(([path, p]) => [path, p._def.type]);
    expect(audit.sort()).toEqual([
      ["audit.forIndicator", "query"],
      ["audit.list", "query"],
    ]);
  });
});

describe("GET /api/admin/audit.csv", () => {
  const get = (query: string, session: TSessionUser | null) =>
    handleAuditCsv(new Request(`http://lab.test/api/admin/audit.csv?${query}`), {
      prisma: db.prisma,
      session,
    });

  it("downloads a header and the filtered rows for an admin", async () => {
    const response = await get(`indicador=${SLUG}`, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.csv"$/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toBe(
      "fecha,persona,correo,accion,descripcion,indicador,periodo,lugar,antes,despues,origen",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(
      `${admin.email},observation.update,Corrigió un valor (borrador),${SLUG},2031`,
    );
    expect(lines[1]).toContain(",5,7,Formulario");
  });

  it("answers JSON 401 without a session and 403 for a non-admin", async () => {
    const anonymous = await get("", null);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("UNAUTHORIZED");
    const refused = await get("", editor);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toBe(
      "Solo la administración puede ver el historial global.",
    );
  });
});
